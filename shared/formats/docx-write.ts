/**
 * Writes a declaration as a Word document a diplomat can send: Word's own list numbering (no
 * typed numbers where Word can show them), real footnotes with the source's marks ("*"),
 * headings and body parts as named styles, the parties list and a right-aligned signature.
 * Runs in Node and browsers: the package is produced as bytes, never through Buffer or Blob.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import type { Block, Declaration } from '../model';
import { planNumbering, type ListPlace } from './docx-numbering-plan';
import { splitAtMarkers } from './footnote-marker';
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
}

const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Style ids for the parts of a declaration; the reader recognises them by name. */
const STYLE = { meta: 'Subtitle', preamble: 'Preamble', paragraph: 'OperativeParagraph', subitem: 'SubItem', parties: 'Parties', signature: 'Signature' } as const;

function paragraphStyles(font: string): IParagraphStyleOptions[] {
  const body = { spacing: { after: 160, line: 276 } };
  return [
    { id: STYLE.meta, name: 'Subtitle', basedOn: 'Normal', run: { italics: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
    { id: STYLE.preamble, name: 'Preamble', basedOn: 'Normal', run: { font }, paragraph: { ...body, indent: { firstLine: 720 }, alignment: AlignmentType.JUSTIFIED } },
    { id: STYLE.paragraph, name: 'Operative Paragraph', basedOn: 'Normal', run: { font }, paragraph: { ...body, alignment: AlignmentType.JUSTIFIED } },
    { id: STYLE.subitem, name: 'Sub-item', basedOn: 'Normal', run: { font }, paragraph: { ...body, alignment: AlignmentType.JUSTIFIED } },
    { id: STYLE.parties, name: 'Parties', basedOn: 'Normal', run: { font }, paragraph: { spacing: { after: 40 }, indent: { left: 720 } } },
    { id: STYLE.signature, name: 'Signature', basedOn: 'Normal', run: { font }, paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 480 } } },
  ];
}

const LEVEL_FORMAT = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  upperLetter: LevelFormat.UPPER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
  upperRoman: LevelFormat.UPPER_ROMAN,
  bullet: LevelFormat.BULLET,
} as const;

/** True when the marks are Word's own "[1]", "[2]"... in order, so Word may number them itself. */
function autoNumbered(notes: Block[]): boolean {
  return notes.every((n, i) => n.marker === `[${i + 1}]`);
}

/** Lines of a block as runs, with breaks where the text has newlines. */
function textRuns(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
}

/** Writes a declaration as .docx bytes. */
export async function declarationToDocx(input: Declaration, opts: DocxWriteOptions = {}, decorations?: DocxDecorations): Promise<Uint8Array> {
  // The docx package escapes markup only; what XML forbids must go before it writes.
  const decl = xmlSafeDeep(input);
  const font = opts.font ?? 'Times New Roman';
  const plan = planNumbering(decl.blocks);
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  const noteIds = new Map(notes.map((n, i) => [n.id, i + 1]));
  const customMarks = new Map<number, string>();
  if (!autoNumbered(notes)) for (const n of notes) customMarks.set(noteIds.get(n.id) ?? 0, n.marker ?? '*');

  // Each footnote is referenced from the block holding its anchor, else the first citing block,
  // else the title: Word has no footnote without a reference.
  const notesOf = new Map<string, Block[]>();
  for (const note of notes) {
    const anchor =
      decl.blocks.find((b) => b.id === note.anchorBlockId) ??
      decl.blocks.find((b) => b.kind !== 'footnote' && note.marker !== undefined && b.cites.includes(note.marker)) ??
      decl.blocks.find((b) => b.kind !== 'footnote');
    if (!anchor) continue;
    notesOf.set(anchor.id, [...(notesOf.get(anchor.id) ?? []), note]);
  }

  const children = (block: Block, typed: string): ParagraphChild[] => {
    const cited = notesOf.get(block.id) ?? [];
    const idOf = (marker: string) => noteIds.get(cited.find((n) => n.marker === marker)?.id ?? '') ?? 0;
    const { pieces, found, missing } = splitAtMarkers(block.text, cited.map((n) => n.marker ?? ''));
    const out: ParagraphChild[] = typed ? textRuns(typed) : [];
    let at = 0;
    pieces.forEach((piece, i) => {
      out.push(...(decorations ? decorations.runs(block, at, at + piece.length) : textRuns(piece)));
      const marker = found[i];
      at += piece.length + (marker?.length ?? 0);
      if (marker !== undefined) out.push(new FootnoteReferenceRun(idOf(marker)));
    });
    for (const marker of missing) out.push(new FootnoteReferenceRun(idOf(marker)));
    return out;
  };

  const paragraph = (block: Block, place: ListPlace | undefined): Paragraph => {
    const typed = block.number && !place ? `${block.number.raw}${block.number.glued ? '' : ' '}` : '';
    const runs = children(block, typed);
    const numbering = place ? { numbering: { reference: place.reference, level: place.level, instance: place.instance } } : {};
    switch (block.kind) {
      case 'title':
        return new Paragraph({ heading: HeadingLevel.TITLE, children: runs });
      case 'heading':
        return new Paragraph({ heading: HEADINGS[Math.min(HEADINGS.length, block.level) - 1] ?? HeadingLevel.HEADING_1, children: runs, ...numbering });
      case 'meta':
      case 'preamble':
      case 'paragraph':
      case 'subitem':
      case 'signature':
        return new Paragraph({ style: STYLE[block.kind], children: runs, ...numbering });
      default:
        return new Paragraph({ children: runs });
    }
  };

  const body: Paragraph[] = [];
  for (const block of decl.blocks) {
    if (block.kind === 'footnote') continue;
    if (block.kind === 'parties') {
      const names = block.parties.length ? block.parties : block.text.split('\n').filter((l) => l.trim());
      for (const name of names) body.push(new Paragraph({ style: STYLE.parties, children: textRuns(name) }));
      continue;
    }
    body.push(paragraph(block, plan.places.get(block.id)));
  }

  const doc = new Document({
    title: decl.title,
    creator: 'Concord',
    ...(decorations?.description === undefined ? {} : { description: decorations.description }),
    ...(decorations?.comments?.length ? { comments: { children: decorations.comments } } : {}),
    styles: {
      default: { document: { run: { font, size: 24 } }, title: { run: { font, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } } },
      paragraphStyles: paragraphStyles(font),
    },
    numbering: {
      config: plan.lists.map((list) => ({
        reference: list.reference,
        levels: list.levels.map((l) => ({
          level: l.level,
          format: LEVEL_FORMAT[l.format],
          text: l.text,
          start: l.start,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720 * (l.level + 1), hanging: 720 } } },
        })),
      })),
    },
    footnotes: Object.fromEntries(
      notes.map((n) => [String(noteIds.get(n.id)), { children: [new Paragraph({ children: textRuns(n.text) })] }]),
    ),
    sections: [{ properties: { page: { size: PAPER[opts.paper ?? 'a4'], margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children: body }],
  });

  const packed = new Uint8Array(await Packer.toArrayBuffer(doc));
  return customMarks.size ? withCustomMarks(packed, customMarks) : packed;
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
  const markRun = (id: number) => `<w:t xml:space="preserve">${escapeXml(marks.get(id) ?? '*')}</w:t>`;
  zip.file(
    'word/document.xml',
    documentXml.replace(/<w:footnoteReference w:id="(\d+)"\/>/g, (whole, id: string) =>
      marks.has(Number(id)) ? `<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/>${markRun(Number(id))}` : whole,
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
