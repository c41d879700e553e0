/**
 * Writes a declaration as a Word document a diplomat can send: Word's own list numbering (no
 * typed numbers where Word can show them), real footnotes with the source's marks ("*"),
 * headings and body parts as named styles, the parties list and a right-aligned signature.
 * Runs in Node and browsers: the package is produced as bytes, never through Buffer or Blob.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type ICommentOptions,
  type IParagraphRunOptions,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import type { Block, Declaration } from '../model';
import { visibleNumber } from './bullets';
import { inlineRuns, safeHref } from './inline-runs';
import { planNumbering, type ListPlace } from './docx-numbering-plan';
import { piecesAtCalls, placeNotes, shownMark } from './note-places';
import { escapeXml, xmlSafeDeep } from './xml';

/** Page and type choices for the exported document. */
export interface DocxWriteOptions {
  /** Defaults to A4, the paper of most foreign ministries. */
  paper?: 'a4' | 'letter';
  /** Body font; defaults to Times New Roman, usual for declarations. */
  font?: string;
}

/**
 * What a specialised export (the bracketed negotiation text) adds to the normal one: its own runs
 * for the text of blocks, and the Word comments those runs refer to. Headings, numbering and
 * footnotes stay the normal export's.
 */
export interface DocxDecorations {
  /** The runs for `block.text.slice(start, end)`: a stretch between footnote references. */
  runs(block: Block, start: number, end: number): ParagraphChild[];
  comments?: ICommentOptions[];
  /** Shown in the document's properties. */
  description?: string;
  /** Open with Word's Track Changes on (a reviewed draft). */
  trackRevisions?: boolean;
  /** The paragraph mark's properties of a block: a tracked insertion or deletion of the whole paragraph. */
  paragraphRun?(block: Block): IParagraphRunOptions | undefined;
}

const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Style ids for the parts of a declaration; the reader recognises them by name (the Word redline uses them too). */
export const STYLE = { meta: 'Subtitle', preamble: 'Preamble', paragraph: 'OperativeParagraph', subitem: 'SubItem', parties: 'Parties', signature: 'Signature', uncitedNote: 'UncitedFootnote' } as const;

/** Half-points: body 12 pt, title 14 pt, notes and footer 10 pt. */
const SIZE = { body: 24, title: 28, note: 20 };

/**
 * The declaration's own style set, one font family throughout: a centred bold title, headings in
 * the body's type (bold, black, never Word's default blue 16 pt) that keep with what follows,
 * justified body parts, notes and the page-number footer a size smaller.
 */
export function declarationStyles(font: string): IStylesOptions {
  const body = { spacing: { after: 160, line: 276 } };
  const heading = (italics: boolean) => ({
    run: { font, size: SIZE.body, bold: true, italics, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font, size: SIZE.body } },
      title: { run: { font, size: SIZE.title, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 }, keepNext: true } },
      heading1: heading(false),
      heading2: heading(false),
      heading3: heading(true),
      heading4: heading(true),
      heading5: heading(true),
      heading6: heading(true),
      footnoteText: { run: { font, size: SIZE.note }, paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      { id: STYLE.meta, name: 'Subtitle', basedOn: 'Normal', run: { font, italics: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 }, keepNext: true } },
      { id: STYLE.preamble, name: 'Preamble', basedOn: 'Normal', run: { font }, paragraph: { ...body, indent: { firstLine: 720 }, alignment: AlignmentType.JUSTIFIED } },
      { id: STYLE.paragraph, name: 'Operative Paragraph', basedOn: 'Normal', run: { font }, paragraph: { ...body, alignment: AlignmentType.JUSTIFIED } },
      { id: STYLE.subitem, name: 'Sub-item', basedOn: 'Normal', run: { font }, paragraph: { ...body, alignment: AlignmentType.JUSTIFIED } },
      // Deeper sub-items ((i) under (a)) by style, so their depth survives where the number is typed.
      ...[2, 3, 4].map((depth) => ({ id: `${STYLE.subitem}${depth}`, name: `Sub-item ${depth}`, basedOn: STYLE.subitem, run: { font }, paragraph: { indent: hangingIndent(depth) } })),
      { id: STYLE.parties, name: 'Parties', basedOn: 'Normal', run: { font }, paragraph: { spacing: { after: 40 }, indent: { left: 720 } } },
      { id: STYLE.signature, name: 'Signature', basedOn: 'Normal', run: { font }, paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 480 }, keepLines: true } },
      { id: STYLE.uncitedNote, name: 'Footnote (uncited)', basedOn: 'Normal', run: { font, size: SIZE.note }, paragraph: { spacing: { after: 60 }, indent: { left: 720, hanging: 720 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { font, size: SIZE.note } },
    ],
  };
}

const LEVEL_FORMAT = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  upperLetter: LevelFormat.UPPER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
  upperRoman: LevelFormat.UPPER_ROMAN,
  bullet: LevelFormat.BULLET,
} as const;

/** True when the notes, in the order they are cited, are marked "[1]", "[2]"...: Word's own numbers. */
function autoNumbered(notes: Block[]): boolean {
  return notes.every((n, i) => n.marker === `[${i + 1}]`);
}

/** Lines of a block as runs, with breaks where the text has newlines. */
function textRuns(text: string, emphasis: { italics?: boolean; bold?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...emphasis }));
}

/** A stretch of a block's text as Word runs: italic and bold as the source had them, links as hyperlinks. */
export function markedRuns(block: Pick<Block, 'text' | 'marks'>, start: number, end: number): ParagraphChild[] {
  return inlineRuns(block.text, block.marks, start, end).flatMap((run): ParagraphChild[] => {
    const runs = textRuns(run.text, { ...(run.italic ? { italics: true } : {}), ...(run.bold ? { bold: true } : {}) });
    const link = safeHref(run.href);
    return link ? [new ExternalHyperlink({ link, children: runs })] : runs;
  });
}

/** Writes a declaration as .docx bytes. */
export async function declarationToDocx(input: Declaration, opts: DocxWriteOptions = {}, decorations?: DocxDecorations): Promise<Uint8Array> {
  // The docx package escapes markup only; what XML forbids must go before it writes.
  const decl = xmlSafeDeep(input);
  const font = opts.font ?? 'Times New Roman';
  const plan = planNumbering(decl.blocks);
  const places = placeNotes(decl.blocks);
  // Word numbers notes by where they are cited; it may do so only when that gives the source's numbers.
  const noteIds = new Map(places.order.map((n, i) => [n.id, i + 1]));
  const customMarks = new Map<number, string>();
  if (!autoNumbered(places.order) || places.uncited.length) {
    for (const n of places.order) customMarks.set(noteIds.get(n.id) ?? 0, shownMark(n.marker ?? '*'));
  }

  const children = (block: Block): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    for (const piece of piecesAtCalls(block.text, places.calls.get(block.id) ?? [])) {
      out.push(...(decorations ? decorations.runs(block, piece.start, piece.end) : markedRuns(block, piece.start, piece.end)));
      if (piece.call) out.push(new FootnoteReferenceRun(noteIds.get(piece.call.note.id) ?? 0));
    }
    return out;
  };

  const body: Paragraph[] = [];
  for (const block of decl.blocks) {
    if (block.kind === 'footnote') continue;
    if (block.kind === 'parties') {
      const names = block.parties.length ? block.parties : block.text.split('\n').filter((l) => l.trim());
      for (const name of names) body.push(new Paragraph({ style: STYLE.parties, children: textRuns(name) }));
      continue;
    }
    body.push(blockParagraph(block, plan.places.get(block.id), children(block), decorations?.paragraphRun?.(block)));
  }
  // Notes whose reference is nowhere in the text: printed after it with their marks, never cited from elsewhere.
  for (const note of places.uncited) {
    body.push(new Paragraph({ style: STYLE.uncitedNote, children: [new TextRun({ children: [note.marker ?? '*', new Tab()] }), ...textRuns(note.text)] }));
  }

  const doc = new Document({
    title: decl.title,
    creator: 'Concord',
    ...(decorations?.description === undefined ? {} : { description: decorations.description }),
    ...(decorations?.comments?.length ? { comments: { children: decorations.comments } } : {}),
    ...(decorations?.trackRevisions ? { features: { trackRevisions: true } } : {}),
    styles: declarationStyles(font),
    numbering: {
      config: plan.lists.map((list) => ({
        reference: list.reference,
        levels: list.levels.map((l) => ({
          level: l.level,
          format: LEVEL_FORMAT[l.format],
          text: l.text,
          start: l.start,
          alignment: AlignmentType.LEFT,
          // A list level hangs where the sub-item style of its block does: Word level 1 is "Sub-item 2".
          style: { paragraph: { indent: hangingIndent(l.level === 0 ? 0 : l.level + 1) } },
        })),
      })),
    },
    footnotes: Object.fromEntries(
      places.order.map((n) => [String(noteIds.get(n.id)), { children: [new Paragraph({ style: 'FootnoteText', children: markedRuns(n, 0, n.text.length) })] }]),
    ),
    sections: [
      {
        properties: { page: { size: PAPER[opts.paper ?? 'a4'], margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: body,
      },
    ],
  });

  const packed = new Uint8Array(await Packer.toArrayBuffer(doc));
  return customMarks.size ? withCustomMarks(packed, customMarks) : packed;
}

/** The style of a sub-item below the first depth ("Sub-item 2"); the first depth uses "Sub-item". */
function subitemStyle(block: Block): string | undefined {
  return block.kind === 'subitem' && block.level > 1 ? `${STYLE.subitem}${Math.min(4, block.level)}` : undefined;
}

/** Where list numbers and typed numbers hang: the number in the margin band, wrapped lines under the text. */
function hangingIndent(level: number) {
  return { left: 720 * (level + 1), hanging: 720 };
}

/**
 * One block as a Word paragraph in the declaration's style. A number Word lists can show is a
 * list number; any other ("4 bis.", "Article 7" on a paragraph) is typed, then a tab, hanging
 * like a list number would. Headings keep with the paragraph after them.
 */
export function blockParagraph(block: Block, place: ListPlace | undefined, runs: ParagraphChild[], run?: IParagraphRunOptions): Paragraph {
  // List numbering, and a tracked insertion or deletion of the paragraph mark.
  const props = { ...(place ? { numbering: { reference: place.reference, level: place.level, instance: place.instance } } : {}), ...(run ? { run } : {}) };
  const typed = block.number && !place ? block.number : undefined;
  const hangs = typed !== undefined && (block.kind === 'paragraph' || block.kind === 'subitem' || block.kind === 'preamble');
  const lead: ParagraphChild[] = typed ? [new TextRun({ children: [visibleNumber(typed.raw), hangs ? new Tab() : typed.glued ? '' : ' '] })] : [];
  const indent = hangs ? { indent: hangingIndent(block.kind === 'subitem' ? Math.max(1, block.level) : 0) } : {};
  const content = [...lead, ...runs];
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, keepNext: true, children: content, ...props });
    case 'heading':
      return new Paragraph({ heading: HEADINGS[Math.min(HEADINGS.length, block.level) - 1] ?? HeadingLevel.HEADING_1, keepNext: true, keepLines: true, children: content, ...props });
    case 'meta':
    case 'preamble':
    case 'paragraph':
    case 'subitem':
    case 'signature':
      return new Paragraph({ style: subitemStyle(block) ?? STYLE[block.kind], children: content, ...props, ...indent });
    default:
      return new Paragraph({ children: content, ...props });
  }
}

/**
 * The texts that follow a `w:footnoteReference w:customMarkFollows="1"` in its run: one element
 * per character. Word shows the run's text ("**") as the mark either way, while LibreOffice takes
 * a one-character text for the mark alone but shows a longer one twice ("Secretariat****"), as
 * rendering the export and the redline in LibreOffice showed.
 */
export function customMarkTexts(mark: string, element: 'w:t' | 'w:delText' = 'w:t'): string {
  return [...mark].map((c) => `<${element} xml:space="preserve">${escapeXml(c)}</${element}>`).join('');
}

/** The namespaces customNoteMark needs on the root of the footnotes part. */
export const NOTE_MARK_NAMESPACES = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

/**
 * A custom-mark note's own mark at the start of its text, inside the run that carries its style.
 * Word writes the mark there as text (the note has no number to show); LibreOffice 7.4 prints such
 * text after the mark it already took from the reference ("**Kenya", "****Document"; it does so
 * with the DOCX it saves itself), but prints a w:footnoteRef once, as that mark. So the text is
 * a markup-compatibility choice that requires Word 2013's w15 namespace, which Word reads and
 * LibreOffice does not claim, and the footnoteRef its fallback, as rendering both showed.
 */
export function customNoteMark(mark: string): string {
  return `<mc:AlternateContent><mc:Choice Requires="w15"><w:t xml:space="preserve">${escapeXml(mark)}</w:t></mc:Choice><mc:Fallback><w:footnoteRef/></mc:Fallback></mc:AlternateContent>`;
}

/**
 * Makes Word show each footnote's own mark ("*", "**") instead of an automatic number. The docx
 * package cannot write Word's `customMarkFollows`, so its references and note marks are rewritten
 * in the package's XML, which the docx package produced a moment ago in a known shape.
 */
async function withCustomMarks(packed: Uint8Array, marks: Map<number, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(packed);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const footnotesXml = await zip.file('word/footnotes.xml')?.async('string');
  if (documentXml === undefined || footnotesXml === undefined) return packed;
  // The docx package declares mc and w15 on the footnotes part, which customNoteMark needs.
  if (!footnotesXml.includes('xmlns:w15=') || !footnotesXml.includes('xmlns:mc=')) throw new Error('The footnotes part lacks the mc and w15 namespaces a custom note mark needs.');
  const markRun = (id: number) => customNoteMark(marks.get(id) ?? '*');
  const referenceMark = (id: number) => customMarkTexts(marks.get(id) ?? '*');
  zip.file(
    'word/document.xml',
    documentXml.replace(/<w:footnoteReference w:id="(\d+)"\/>/g, (whole, id: string) =>
      marks.has(Number(id)) ? `<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/>${referenceMark(Number(id))}` : whole,
    ),
  );
  zip.file(
    'word/footnotes.xml',
    footnotesXml.replace(/(<w:footnote\b[^>]*\bw:id="(\d+)"[^>]*>)([\s\S]*?)(<\/w:footnote>)/g, (_w, open: string, id: string, inner: string, close: string) =>
      marks.has(Number(id)) ? open + inner.replace('<w:footnoteRef/>', markRun(Number(id))) + close : _w,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
