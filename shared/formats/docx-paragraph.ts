/**
 * The text of one Word paragraph as a reader sees it: runs joined, tabs and breaks as
 * whitespace, deleted revisions and field codes left out, footnote references turned into the
 * marks shown on the page ("*" for a custom mark, "[n]" for Word's automatic ones).
 */
import type { XmlElement, XmlNode } from './xml';

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

/** The paragraph's text and the footnotes it cites, in order. */
export function readParagraphText(p: XmlElement, counter: FootnoteCounter): { text: string; cites: FootnoteCite[] } {
  let text = '';
  const cites: FootnoteCite[] = [];
  let pendingCustom: string | undefined;

  const visit = (node: XmlNode) => {
    if (typeof node === 'string' || HIDDEN.has(node.name)) return;
    switch (node.name) {
      case 't': {
        const t = node.children.filter((c): c is string => typeof c === 'string').join('');
        if (pendingCustom !== undefined) {
          // A custom mark that is a number is the source's own numbering: "[6]", as Word's automatic ones read.
          const mark = t.trim() || '*';
          const marker = /^\d+$/.test(mark) ? `[${mark}]` : mark;
          cites.push({ id: pendingCustom, marker });
          pendingCustom = undefined;
          text += marker;
          return;
        }
        text += t;
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
  return { text: text.replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n').trim(), cites };
}
