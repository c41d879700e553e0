/**
 * Reads a Word (.docx) file into the same Declaration as text import. Word already knows the
 * structure, so blocks come from it directly: paragraph styles give titles and headings,
 * numbering.xml gives the numbers the page shows, footnotes.xml the footnotes, tables the
 * parties. Guessing is left for documents that carry no such structure.
 */
import type { BlockNumber, Declaration, ImportReport, InlineMark, TextWarning } from '../model';
import { sliceMarks } from '../text/inline';
import { sha256Hex } from '../text/hash';
import { readNumber } from '../text/numbers';
import { assembleDeclaration, type BlockDraft } from './block-line';
import { shownMark } from './note-places';
import { readFootnoteMarker } from '../text/footnotes';
import { listLevel, readNumbering } from './docx-numbering';
import { readParagraphText, type FootnoteCite, type FootnoteCounter } from './docx-paragraph';
import { readStyles, type ParagraphStyle } from './docx-styles';
import { FormatError } from './format-error';
import { childElements, descend, firstChild, parseXml, XmlError, type XmlElement } from './xml';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipLimits, type ZipPackage } from './zip-guard';
import { ACCEPTED_FORMATS } from '../text/schemas';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** Options for reading untrusted files; the defaults suit any real document. */
export interface DocxReadOptions {
  limits?: ZipLimits;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

async function readPart(pkg: ZipPackage, path: string): Promise<XmlElement | undefined> {
  const text = await pkg.readText(path);
  if (text === undefined) return undefined;
  try {
    return parseXml(text);
  } catch (error) {
    const detail = error instanceof XmlError ? error.message : String(error);
    throw new FormatError('corrupt', `This Word file is damaged: its part "${path}" is not valid XML (${detail}).`);
  }
}

function readRelationships(root: XmlElement | undefined): Relationship[] {
  return (root ? childElements(root, 'Relationship') : []).map((r) => ({
    id: r.attrs['Id'] ?? '',
    type: r.attrs['Type'] ?? '',
    target: r.attrs['Target'] ?? '',
    external: r.attrs['TargetMode'] === 'External',
  }));
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}

function notAWordDocument(pkg: ZipPackage): FormatError {
  const what = pkg.has('xl/workbook.xml')
    ? 'an Excel workbook'
    : pkg.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : pkg.has('content.xml')
        ? 'an OpenDocument file (save it as .docx from LibreOffice)'
        : 'a zip archive';
  return new FormatError('not-a-document', `This file is ${what}, not a Word document. ${ACCEPTED_FORMATS}`);
}

function notice(message: string): TextWarning {
  return { kind: 'other', span: { start: 0, end: 0 }, message };
}

/** Footnote id to its text, skipping Word's separator notes. */
function readFootnotes(root: XmlElement | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  const counter: FootnoteCounter = { auto: 0 };
  for (const note of root ? childElements(root, 'footnote') : []) {
    const type = note.attrs['type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const text = childElements(note, 'p')
      .map((p) => readParagraphText(p, counter).text)
      .filter(Boolean)
      .join(' ');
    notes.set(note.attrs['id'] ?? '', text);
  }
  return notes;
}

/** The body's paragraphs and tables in reading order, looking through content controls. */
export function bodyItems(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of childElements(body)) {
    if (el.name === 'p' || el.name === 'tbl') out.push(el);
    else if (el.name === 'sdt') out.push(...bodyItems(firstChild(el, 'sdtContent') ?? el));
  }
  return out;
}

/** What the styles say a paragraph is, by the names Concord writes and Word's built-in ones. */
/** A short paragraph all in bold, with no closing full stop: a heading typed without a heading style. */
function isBoldHeading(text: string, marks: InlineMark[]): boolean {
  const whole = marks.some((m) => m.type === 'bold' && m.from === 0 && m.to >= text.length);
  return whole && text.split(/\s+/).length <= 20 && !/[.;,:]$/.test(text);
}

/** The marks of a block, as the field a BlockDraft carries only when there are some. */
function markField(marks: InlineMark[]): { marks?: InlineMark[] } {
  return marks.length > 0 ? { marks } : {};
}

function kindFromStyle(style: ParagraphStyle | undefined): BlockDraft['kind'] | undefined {
  if (!style) return undefined;
  const name = style.name.toLowerCase();
  if (name === 'title') return 'title';
  if (name === 'subtitle') return 'meta';
  if (style.headingLevel !== undefined) return 'heading';
  if (/preamb/.test(name)) return 'preamble';
  if (/operative/.test(name)) return 'paragraph';
  if (/sub-?item/.test(name)) return 'subitem';
  if (/part(y|ies)/.test(name)) return 'parties';
  if (/signature/.test(name)) return 'signature';
  if (/footnote|endnote/.test(name)) return 'footnote';
  return undefined;
}

/** Reads a .docx file; throws FormatError (with a message for the user) when it cannot. */
/** An opened Word package: its main part and the parts it names by relationship type ("styles", "comments"). */
export interface WordPackage {
  pkg: ZipPackage;
  mainPath: string;
  rels: Relationship[];
  partOf(type: string): Promise<XmlElement | undefined>;
  /** The main document part, parsed (a damaged part is a FormatError). */
  main(): Promise<XmlElement | undefined>;
}

/** Opens a .docx safely and finds its main document; refuses other Office files with a clear message. */
export async function openWordPackage(bytes: Uint8Array, options: DocxReadOptions = {}): Promise<WordPackage> {
  const pkg = await openZip(bytes, options.limits ?? DEFAULT_ZIP_LIMITS);
  const main = readRelationships(await readPart(pkg, '_rels/.rels')).find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const mainPath = main ? resolvePath('', main.target) : 'word/document.xml';
  if (!pkg.has(mainPath)) throw notAWordDocument(pkg);
  const mainDir = mainPath.split('/').slice(0, -1).join('/');
  const relsPath = `${mainDir}/_rels/${mainPath.split('/').pop() ?? ''}.rels`;
  const rels = readRelationships(await readPart(pkg, relsPath));
  const partOf = async (type: string) => {
    const rel = rels.find((r) => !r.external && r.type.endsWith(`/${type}`));
    return rel ? readPart(pkg, resolvePath(mainDir, rel.target)) : undefined;
  };
  return { pkg, mainPath, rels, partOf, main: () => readPart(pkg, mainPath) };
}

/** True when bold covers every letter of the text: a heading's look, not emphasis inside it. */
function allBold(text: string, marks: InlineMark[]): boolean {
  return [...text].every((c, i) => /\s/.test(c) || marks.some((m) => m.type === 'bold' && m.from <= i && i < m.to));
}

/**
 * A sub-item's level by the text reader's rule, the paragraph above it being level 1: letters
 * (Word's list level 1, "(a)") are 2, roman numerals under them (level 2, "(i)") are 3. Concord's
 * own "Sub-item N" styles name the level; a typed roman numeral under a letter goes one deeper.
 */
function subitemLevel(ilvl: number | undefined, styleName: string | undefined, number: BlockNumber | undefined, above: BlockDraft | undefined): number {
  if (ilvl !== undefined) return ilvl + 1;
  const named = /sub-?item\s*(\d)?/i.exec(styleName ?? '');
  if (named) return Number(named[1] ?? 1);
  if (above?.kind !== 'subitem') return 2;
  return number?.style === 'roman' && above.number?.style !== 'roman' ? above.level + 1 : above.level;
}

export async function readDocx(
  bytes: Uint8Array,
  source: { name: string; hash?: string },
  options: DocxReadOptions = {},
): Promise<{ declaration: Declaration; report: ImportReport }> {
  const { pkg, mainPath, rels, partOf } = await openWordPackage(bytes, options);
  const warnings: TextWarning[] = [];

  if (pkg.entries.some((e) => /vbaProject\.bin$/i.test(e.name))) {
    warnings.push(notice('This document contains macros; Concord ignored them and never runs them.'));
  }
  const external = rels.filter((r) => r.external && !r.type.endsWith('/hyperlink'));
  const hyperlinks = new Map(rels.filter((r) => r.external && r.type.endsWith('/hyperlink')).map((r) => [r.id, r.target]));
  if (external.length) {
    warnings.push(notice(`This document refers to ${external.length} external file(s) (linked templates or pictures); Concord did not fetch them.`));
  }

  const styles = readStyles(await partOf('styles'));
  const numbering = readNumbering(await partOf('numbering'));
  const footnotes = readFootnotes(await partOf('footnotes'));
  const documentRoot = await readPart(pkg, mainPath);
  const body = firstChild(documentRoot, 'body');
  if (!body) throw new FormatError('corrupt', 'This Word file is damaged: its main document has no body.');

  const blocks: BlockDraft[] = [];
  const cited: { cite: FootnoteCite; blockId: string }[] = [];
  const counter: FootnoteCounter = { auto: 0 };
  const hasTitleStyle = [...styles.values()].some((s) => s.name.toLowerCase() === 'title');
  let operativeStarted = false;
  let titled = false; // a title is read already: later ones are meta, without a scan of the blocks per paragraph
  let lastNumber: BlockNumber | undefined;
  // The last plain paragraph number, so that typed numbering reads on past 999.
  let lastDecimal = 0;

  const push = (block: Omit<BlockDraft, 'id' | 'cites' | 'parties' | 'level'> & Partial<Pick<BlockDraft, 'cites' | 'parties' | 'level'>>) => {
    const full: BlockDraft = { id: `b${blocks.length + 1}`, cites: [], parties: [], level: 1, ...block };
    blocks.push(full);
    if (full.kind === 'title') titled = true;
    if (full.kind === 'heading' || full.kind === 'paragraph' || full.kind === 'subitem') operativeStarted = true;
    return full;
  };

  for (const item of bodyItems(body)) {
    if (item.name === 'tbl') {
      const names = childElements(item, 'tr').flatMap((tr) =>
        childElements(tr, 'tc').map((tc) =>
          childElements(tc, 'p')
            .map((p) => readParagraphText(p, counter).text)
            .filter(Boolean)
            .join(' '),
        ),
      );
      const parties = names.map((n) => n.trim()).filter(Boolean);
      if (parties.length) push({ kind: 'parties', text: parties.join('\n'), parties });
      continue;
    }

    const pPr = firstChild(item, 'pPr');
    const style = styles.get(descend(pPr, 'pStyle')?.attrs['val'] ?? '') ?? styles.get('Normal');
    const { text: rawText, cites, marks: rawMarks } = readParagraphText(item, counter, hyperlinks);
    if (!rawText) continue;
    const numPr = firstChild(pPr, 'numPr');
    const numId = descend(numPr, 'numId')?.attrs['val'] ?? style?.numId;
    const ilvl = listLevel(descend(numPr, 'ilvl')?.attrs['val'] ?? style?.ilvl);
    const autoNumber = numId && numId !== '0' ? numbering.next(numId, ilvl) : undefined;
    const alignment = descend(pPr, 'jc')?.attrs['val'] ?? style?.alignment;

    let kind = kindFromStyle(style);
    let number: BlockNumber | undefined = autoNumber;
    let text = rawText;
    let marks = rawMarks;
    if (kind === 'footnote') {
      // A note printed in the body with its mark (Concord writes notes it found no reference for so).
      // The style says it is a note, so its first word is its mark ("*", "[4]", even "[2013]").
      const typed = /^(\S+)\s+/.exec(rawText);
      const mark = readFootnoteMarker(rawText) ?? (typed ? { marker: typed[1] ?? '', textStart: typed[0].length } : undefined);
      push({ kind, text: mark ? rawText.slice(mark.textStart) : rawText, ...(mark ? { marker: mark.marker } : {}), ...markField(sliceMarks(rawMarks, mark?.textStart ?? 0, rawText.length)) });
      continue;
    }
    if (!number && kind !== 'title' && kind !== 'parties' && kind !== 'signature') {
      // A number typed by hand, in a document that does not use Word's lists.
      const typed = readNumber(rawText, lastNumber, { after: lastDecimal });
      if (typed && typed.style !== 'bullet') {
        number = { raw: typed.raw, style: typed.style, value: typed.value, glued: typed.glued };
        text = rawText.slice(typed.textStart);
        marks = sliceMarks(rawMarks, typed.textStart, rawText.length);
      }
    }
    if (number) lastNumber = number;
    if (number?.style === 'decimal') lastDecimal = number.value;
    let level = kind === 'heading' ? (style?.headingLevel ?? 1) : 1;

    if (kind === 'title' && titled) kind = 'meta';
    if (!kind) {
      if (!hasTitleStyle && !blocks.length) kind = 'title';
      else if (!number && isBoldHeading(text, marks)) kind = 'heading';
      else if (autoNumber && ilvl > 0) kind = 'subitem';
      else if (number && number.style === 'alpha-paren') kind = operativeStarted ? 'subitem' : 'preamble';
      else if (number) kind = 'paragraph';
      else if (operativeStarted && (alignment === 'right' || alignment === 'end')) kind = 'signature';
      else kind = operativeStarted ? 'paragraph' : 'preamble';
    }
    if (kind === 'subitem') level = subitemLevel(autoNumber ? ilvl : undefined, style?.name, number, blocks[blocks.length - 1]);

    if (kind === 'parties') {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'parties') {
        last.parties.push(text);
        last.text = last.parties.join('\n');
        continue;
      }
      push({ kind, text, parties: [text] });
      continue;
    }
    const block = push({
      kind,
      // A line break inside a paragraph (w:br) is the author's, as a hard break is in Markdown.
      text,
      level,
      cites: [...new Set(cites.map((c) => c.marker))],
      ...(number ? { number } : {}),
      ...markField(kind === 'heading' && allBold(text, marks) ? marks.filter((m) => m.type !== 'bold') : marks),
    });
    for (const cite of cites) cited.push({ cite, blockId: block.id });
  }

  const seen = new Set<string>();
  for (const { cite, blockId } of cited) {
    if (seen.has(cite.id)) continue;
    seen.add(cite.id);
    let text = footnotes.get(cite.id) ?? '';
    // Word repeats a custom mark at the head of its note, as typed text; LibreOffice writes it twice.
    const shown = shownMark(cite.marker);
    for (let i = 0; i < 2 && text.startsWith(shown); i++) text = text.slice(shown.length).trim();
    push({ kind: 'footnote', text, marker: cite.marker, anchorBlockId: blockId });
  }
  if (!blocks.length) {
    throw new FormatError('not-a-document', 'This Word document has no text to import (it may hold only pictures or scanned pages).');
  }

  const hash = source.hash ?? sha256Hex(bytes);
  const declaration = assembleDeclaration(blocks, { id: hash.slice(0, 16), source: { name: source.name, hash } });
  return { declaration, report: { encoding: 'utf-8', bom: false, repairs: [], removals: [], warnings } };
}
