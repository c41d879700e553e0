/**
 * The text of one Word paragraph as a reader sees it: runs joined, tabs and breaks as
 * whitespace, deleted revisions and field codes left out, footnote references turned into the
 * marks shown on the page ("*" for a custom mark, "[n]" for Word's automatic ones). Italic and
 * bold runs become inline marks; a Symbol-font bullet typed at the start (U+F0B7 and its kin,
 * which show as boxes outside Word) becomes a real bullet.
 */
import type { InlineMark } from '../model';
import { normalizeMarks } from '../text/inline';
import { safeHref } from './inline-runs';
import { childElements, firstChild, type XmlElement, type XmlNode } from './xml';

/** A footnote reference found in a paragraph, with the mark the page shows. */
export interface FootnoteCite {
  id: string;
  marker: string;
}

/** Counts Word's automatic footnote numbers across the document. */
export interface FootnoteCounter {
  auto: number;
}

/** Elements whose content never shows as text: properties, deletions, field codes, drawings. */
const HIDDEN = new Set([
  'pPr', 'rPr', 'del', 'delText', 'moveFrom', 'instrText', 'fldChar', 'drawing', 'pict', 'object',
  'AlternateContent', 'footnoteRef', 'endnoteRef', 'endnoteReference', 'commentReference', 'annotationRef',
]);
const ON = new Set(['1', 'true', 'on']);

/** Symbol and Wingdings bullets, in the private use area where Word's symbol fonts put them. */
const SYMBOL_BULLET = /^[\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06E\uF0A8]/;

/** Whether a run property (w:b, w:i) is on: present, and not switched off by its value. */
function isOn(rPr: XmlElement | undefined, name: string): boolean {
  const el = rPr ? childElements(rPr, name)[0] : undefined;
  return el !== undefined && !['0', 'false', 'off'].includes(el.attrs['val'] ?? 'true');
}

/**
 * The paragraph's text, the footnotes it cites in order, and its italic, bold and link stretches.
 * `hyperlinks` maps the document's relationship ids to the external addresses they name.
 */
export function readParagraphText(p: XmlElement, counter: FootnoteCounter, hyperlinks: ReadonlyMap<string, string> = new Map()): { text: string; cites: FootnoteCite[]; marks: InlineMark[] } {
  let text = '';
  const cites: FootnoteCite[] = [];
  const raw: InlineMark[] = [];
  let pendingCustom: string | undefined;
  let repeatedMark: string | undefined;

  /** The texts right after a custom-mark reference in its run are its mark ("**" may come as "*", "*"). */
  const visitRun = (run: XmlElement) => {
    const at = run.children.findIndex((c) => typeof c !== 'string' && c.name === 'footnoteReference' && ON.has(c.attrs['customMarkFollows'] ?? ''));
    let end = at + 1;
    while (at >= 0 && end < run.children.length && (run.children[end] as XmlElement).name === 't') end++;
    if (at < 0 || end === at + 1) {
      run.children.forEach(visit);
      return;
    }
    run.children.slice(0, at + 1).forEach(visit);
    const texts = run.children.slice(at + 1, end) as XmlElement[];
    visit({ ...(texts[0] as XmlElement), children: texts.flatMap((t) => t.children) });
    run.children.slice(end).forEach(visit);
  };

  const visit = (node: XmlNode) => {
    if (typeof node === 'string' || HIDDEN.has(node.name)) return;
    switch (node.name) {
      case 'r': {
        const rPr = firstChild(node, 'rPr');
        const from = text.length;
        visitRun(node);
        if (text.length > from && isOn(rPr, 'i')) raw.push({ from, to: text.length, type: 'italic' });
        if (text.length > from && isOn(rPr, 'b')) raw.push({ from, to: text.length, type: 'bold' });
        return;
      }
      case 't': {
        let t = node.children.filter((c): c is string => typeof c === 'string').join('');
        // LibreOffice writes a custom mark twice: after the reference and again as text.
        if (repeatedMark !== undefined && t.startsWith(repeatedMark)) t = t.slice(repeatedMark.length);
        repeatedMark = undefined;
        if (pendingCustom !== undefined) {
          // A custom mark that is a number is the source's own numbering: "[6]", as Word's automatic ones read.
          const mark = t.trim() || '*';
          const marker = /^\d+$/.test(mark) ? `[${mark}]` : mark;
          cites.push({ id: pendingCustom, marker });
          pendingCustom = undefined;
          repeatedMark = mark;
          text += marker;
          return;
        }
        text += t;
        return;
      }
      case 'hyperlink': {
        const from = text.length;
        node.children.forEach(visit);
        const href = safeHref(hyperlinks.get(node.attrs['id'] ?? ''));
        if (href && text.length > from) raw.push({ from, to: text.length, type: 'link', href });
        return;
      }
      case 'tab':
      case 'ptab':
        text += ' ';
        return;
      case 'br':
      case 'cr':
        text += '\n';
        return;
      case 'noBreakHyphen':
        text += '\u2011'; // the non-breaking hyphen the source typed (LibreOffice writes U+2011 so)
        return;
      case 'footnoteReference': {
        const id = node.attrs['id'] ?? '';
        if (ON.has(node.attrs['customMarkFollows'] ?? '')) pendingCustom = id;
        else {
          const marker = `[${++counter.auto}]`;
          cites.push({ id, marker });
          text += marker;
        }
        return;
      }
      default:
        node.children.forEach(visit);
    }
  };
  p.children.forEach(visit);
  const { out, at } = collapseSpaces(text.replace(SYMBOL_BULLET, '•'));
  const marks = normalizeMarks(raw.map((m) => ({ ...m, from: at(m.from), to: at(m.to) })));
  return { text: out, cites, marks };
}

/**
 * The text without the spaces around its line breaks and at its ends, and where each offset of
 * the text before lands in the text after (for the marks).
 */
function collapseSpaces(text: string): { out: string; at: (offset: number) => number } {
  const last = text.length - 1;
  // Most paragraphs have nothing to collapse.
  if (!text.includes('\n') && !/\s/.test(text[0] ?? '') && !/\s/.test(text[last] ?? '')) {
    return { out: text, at: (offset) => Math.min(offset, text.length) };
  }
  const keep = new Uint8Array(text.length).fill(1);
  for (const m of text.matchAll(/[ \u00a0]*\n[ \u00a0]*/g)) {
    for (let k = m.index; k < m.index + m[0].length; k++) keep[k] = text[k] === '\n' ? 1 : 0;
  }
  for (let k = 0; k < text.length && /\s/.test(text[k] ?? ''); k++) keep[k] = 0;
  for (let k = last; k >= 0 && /\s/.test(text[k] ?? ''); k--) keep[k] = 0;
  // The kept stretches are joined whole: a string grown one character at a time stays a rope of
  // one-character pieces, which for a large Word file costs gigabytes.
  const before = new Int32Array(text.length + 1);
  let out = '';
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    if (!keep[k]) {
      out += text.slice(run, k);
      run = k + 1;
    }
    before[k + 1] = (before[k] ?? 0) + (keep[k] ?? 0);
  }
  out += text.slice(run);
  return { out, at: (offset) => before[Math.min(offset, text.length)] ?? out.length };
}
