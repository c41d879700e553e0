/**
 * The redline as a Word document with real tracked changes: insertions and deletions as
 * w:ins / w:del, moves as w:moveFrom / w:moveTo ranges, each with author and date, so Word and
 * LibreOffice offer them as revisions to accept or reject. Accepting all gives the new text,
 * rejecting all the old one: so the "old → new" line and any notice stand in the page header and
 * the document's properties, never in the body. A paragraph whose brackets changed carries a Word comment naming
 * each change ("Bracket resolved: kept “shall”, dropped “should”"). The OOXML is written here by
 * hand because the docx package cannot express moves.
 */
import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { customMarkTexts, customNoteMark, declarationStyles, STYLE } from '../../formats/docx-write';
import type { CompareParagraph, CompareSide, Comparison } from '../schemas';
import { LIST_ID, listParagraphs, numberingXml } from './docx-lists';
import { footnotesXml, planNotes } from './docx-notes';
import type { NoteRun } from './docx-notes';
import { shownMark } from '../../formats/note-places';
import { escapeXml } from './escape';
import { redlineParagraphs } from './layout';
import type { RedlineParagraph, Run } from './layout';

/** Who made the revisions and when, as Word shows them in its review pane. */
export interface RevisionMeta {
  author: string;
  date: Date;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Writes the comparison as a .docx with tracked changes. Given the two sides (with each block's
 * kind), paragraphs keep the declaration's styles as the DOCX export writes them: title,
 * headings by level, preamble, operative paragraphs, sub-items, parties, signature.
 */
export async function comparisonToDocx(c: Comparison, meta: RevisionMeta, sides?: { a: CompareSide; b: CompareSide }): Promise<Uint8Array> {
  const zip = new JSZip();
  const comments = commentsXml(c, meta);
  const lists = sides !== undefined && listParagraphs(c, redlineParagraphs(c), sides).size > 0;
  const { xml, notes } = documentParts(c, meta, sides);
  const types = `${comments ? COMMENTS_TYPE : ''}${lists ? NUMBERING_TYPE : ''}${notes ? FOOTNOTES_TYPE : ''}`;
  const rels = `${comments ? COMMENTS_REL : ''}${lists ? NUMBERING_REL : ''}${notes ? FOOTNOTES_REL : ''}`;
  zip.file('[Content_Types].xml', CONTENT_TYPES.replace('</Types>', `${types}</Types>`));
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS.replace('</Relationships>', `${rels}</Relationships>`));
  if (lists) zip.file('word/numbering.xml', numberingXml(W));
  zip.file('word/settings.xml', SETTINGS);
  zip.file('word/styles.xml', await declarationStylesXml());
  zip.file('word/header1.xml', headerXml(c));
  zip.file('docProps/core.xml', coreXml(c, meta));
  zip.file('word/document.xml', xml);
  if (notes) zip.file('word/footnotes.xml', notes);
  if (comments) zip.file('word/comments.xml', comments);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** "Old → New", as the header and the document's title say it. */
export function redlineTitle(c: Comparison): string {
  return `${c.a.title || 'Old text'} → ${c.b.title || 'New text'}`;
}

/** The body of word/document.xml; exported so tests can read the markup without unzipping. */
export function documentXml(c: Comparison, meta: RevisionMeta, sides?: { a: CompareSide; b: CompareSide }): string {
  return documentParts(c, meta, sides).xml;
}

/** word/document.xml and, when footnotes became Word footnotes, word/footnotes.xml (one set of revision ids). */
function documentParts(c: Comparison, meta: RevisionMeta, sides?: { a: CompareSide; b: CompareSide }): { xml: string; notes?: string } {
  const rev = new Revisions(meta);
  const paragraphs = redlineParagraphs(c);
  const style = (p: RedlineParagraph) => styleId(sides?.[p.side].paragraphs[p.p]);
  const listed = sides ? listParagraphs(c, paragraphs, sides) : new Set<number>();
  const plan = sides ? planNotes(c, paragraphs, sides) : { body: paragraphs.map((paragraph, index) => ({ paragraph, index })), notes: [], automatic: true };
  const body = plan.body.map((b) => b.paragraph);
  const marks = paragraphMarks(body);
  const { automatic } = plan;
  const xml = withComments(
    plan.body.map(({ paragraph: p, index }, k) => paragraphXml(listed.has(index) ? { ...p, runs: p.runs.slice(p.numberRuns ?? 0) } : p, style(p), marks[k], rev, listed.has(index), automatic)),
    body,
  );
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${xml.join('')}<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  if (plan.notes.length === 0) return { xml: document };
  // A note's own paragraph: its number or mark, then its words with their revisions.
  const noteXml = (marker: string, p: RedlineParagraph) =>
    `<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>${FOOTNOTE_MARK_STYLE}${automatic ? '<w:footnoteRef/>' : customNoteMark(shownMark(marker))}</w:r>${run(' ')}${p.runs.map((r) => revisionRun(r, rev, automatic)).join('')}</w:p>`;
  return { xml: document, notes: footnotesXml(W, plan.notes, (n) => noteXml(n.marker, n.paragraph)) };
}

/** The page header: which two texts, and the notice when the comparison is coarser than usual. */
function headerXml(c: Comparison): string {
  const lines = [redlineTitle(c), ...(c.notice ? [`Note: ${c.notice}`] : [])];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="${W}">${lines.map((l) => `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>${run(l)}</w:p>`).join('')}</w:hdr>`;
}

/** docProps/core.xml: the title ("Old → New"), the notice as description, the reviewer as author. */
function coreXml(c: Comparison, meta: RevisionMeta): string {
  const when = meta.date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(redlineTitle(c))}</dc:title>${c.notice ? `<dc:description>${escapeXml(c.notice)}</dc:description>` : ''}<dc:creator>${escapeXml(meta.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created></cp:coreProperties>`;
}

/**
 * Puts a comment range around each paragraph with bracket lines; comment n is the n-th such
 * paragraph, as commentsXml numbers them.
 */
function withComments(xml: string[], paragraphs: readonly RedlineParagraph[]): string[] {
  let id = 0;
  return xml.map((p, k) => {
    if (!paragraphs[k]?.brackets?.length) return p;
    const n = id++;
    const open = p.startsWith('<w:p><w:pPr>') ? p.indexOf('</w:pPr>') + '</w:pPr>'.length : '<w:p>'.length;
    const close = p.length - '</w:p>'.length;
    return `${p.slice(0, open)}<w:commentRangeStart w:id="${n}"/>${p.slice(open, close)}<w:commentRangeEnd w:id="${n}"/><w:r><w:commentReference w:id="${n}"/></w:r></w:p>`;
  });
}

/** word/comments.xml with one comment per paragraph whose brackets changed; undefined when none did. */
function commentsXml(c: Comparison, meta: RevisionMeta): string | undefined {
  const commented = redlineParagraphs(c).filter((p) => p.brackets?.length);
  if (commented.length === 0) return undefined;
  const attrs = new Revisions(meta).authorDate;
  const comments = commented.map((p, n) => `<w:comment w:id="${n}" ${attrs}>${(p.brackets ?? []).map((line) => `<w:p>${run(line)}</w:p>`).join('')}</w:comment>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="${W}">${comments.join('')}</w:comments>`;
}

/** Hands out revision ids (unique across the document) and the author/date attributes. */
class Revisions {
  private next = 1;
  private readonly attrs: string;

  constructor(meta: RevisionMeta) {
    // Word wants whole seconds in w:date.
    this.attrs = `w:author="${escapeXml(meta.author)}" w:date="${meta.date.toISOString().replace(/\.\d{3}Z$/u, 'Z')}"`;
  }

  /** A fresh revision id with the author and date. */
  mark(): string {
    return `w:id="${this.next++}" ${this.attrs}`;
  }

  id(): number {
    return this.next++;
  }

  get authorDate(): string {
    return this.attrs;
  }
}

/** The revision a paragraph mark carries: the break after the paragraph came, went or moved. */
type MarkKind = 'ins' | 'del' | 'moveFrom' | 'moveTo';

/**
 * The paragraph marks that are revisions: a paragraph that came or went as a whole, the new
 * break after a split's part, the break a merge took away, a move's ends. The last paragraph's
 * mark can never go (a document ends with one), so when the text ends in such paragraphs their
 * marks move one paragraph up: the break before them is what came or went.
 */
function paragraphMarks(paragraphs: readonly RedlineParagraph[]): (MarkKind | undefined)[] {
  const marks = paragraphs.map((p, k): MarkKind | undefined => {
    if (p.move) return p.move.end === 'from' ? 'moveFrom' : 'moveTo';
    const sameRowNext = paragraphs[k + 1]?.row === p.row;
    if (p.kind === 'inserted' || (p.kind === 'split' && sameRowNext)) return 'ins';
    if (p.kind === 'deleted' || (p.kind === 'merged' && sameRowNext)) return 'del';
    return undefined;
  });
  let start = marks.length;
  while (start > 0 && marks[start - 1] !== undefined) start--;
  if (start === 0 || start === marks.length) return marks;
  return [...marks.slice(0, start - 1), ...marks.slice(start), undefined];
}

/** The export's style for a block: Word's Title and Heading n, the declaration's own for the rest. */
function styleId(p: CompareParagraph | undefined): string | undefined {
  switch (p?.kind) {
    case 'title':
      return 'Title';
    case 'heading':
      return `Heading${Math.min(6, p.level ?? 1)}`;
    case 'meta':
    case 'preamble':
    case 'paragraph':
    case 'subitem':
    case 'parties':
    case 'signature':
      return STYLE[p.kind];
    case 'footnote':
      return STYLE.uncitedNote;
    default:
      return undefined;
  }
}

/** The DOCX export's styles.xml, made by the same docx package setup, so both documents look alike. */
async function declarationStylesXml(): Promise<string> {
  const doc = new Document({ styles: declarationStyles(FONT), sections: [{ children: [] }] });
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(doc));
  return (await zip.file('word/styles.xml')?.async('string')) ?? STYLES;
}

const FONT = 'Times New Roman';

/** A paragraph; `listed` puts it in the automatic list (its typed number already left out of its runs). */
function paragraphXml(p: RedlineParagraph, style: string | undefined, mark: MarkKind | undefined, rev: Revisions, listed: boolean, automaticNotes: boolean): string {
  if (style === STYLE.parties && !p.move) return partyParagraphsXml(p, mark, rev);
  const numPr = listed ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${LIST_ID}"/></w:numPr>` : '';
  const pPr = paragraphProperties(style, numPr, mark, rev);
  if (p.move) return moveParagraphXml(p, p.move, pPr, rev);
  const runs = p.runs.map((r) => revisionRun(r, rev, automaticNotes)).join('');
  return `<w:p>${pPr}${runs}</w:p>`;
}

function paragraphProperties(style: string | undefined, numPr: string, mark: MarkKind | undefined, rev: Revisions): string {
  const inner = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}${mark ? `<w:rPr><w:${mark} ${rev.mark()}/></w:rPr>` : ''}`;
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

/**
 * A list of parties as the DOCX export writes it: a paragraph per party. A line break that came
 * or went (a party added to or dropped from the list) is a paragraph mark that came or went.
 */
function partyParagraphsXml(p: RedlineParagraph, mark: MarkKind | undefined, rev: Revisions): string {
  const lines: { runs: Run[]; mark: MarkKind | undefined }[] = [{ runs: [], mark: undefined }];
  for (const r of p.runs) {
    r.text.split('\n').forEach((piece, k) => {
      const line = lines[lines.length - 1];
      if (k > 0 && line) {
        line.mark = r.kind === 'insert' ? 'ins' : r.kind === 'delete' ? 'del' : undefined;
        lines.push({ runs: [], mark: undefined });
      }
      if (piece) lines[lines.length - 1]?.runs.push({ kind: r.kind, text: piece });
    });
  }
  const lastLine = lines[lines.length - 1];
  if (lastLine) lastLine.mark = mark;
  return lines.map((l) => `<w:p>${paragraphProperties(STYLE.parties, '', l.mark, rev)}${l.runs.map((r) => revisionRun(r, rev)).join('')}</w:p>`).join('');
}

function revisionRun(r: NoteRun, rev: Revisions, automatic = true): string {
  const content = r.note === undefined ? run(r.text, r.kind === 'delete' ? 'w:delText' : 'w:t') : referenceRun(r.note, automatic ? undefined : shownMark(r.text), r.kind === 'delete');
  if (r.kind === 'insert') return `<w:ins ${rev.mark()}>${content}</w:ins>`;
  if (r.kind === 'delete') return `<w:del ${rev.mark()}>${content}</w:del>`;
  return content;
}

const FOOTNOTE_MARK_STYLE = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>';

/**
 * A footnote reference: Word's number, or the note's own mark ("*", "†") typed after it as Word's
 * customMarkFollows wants, a character at a time as the DOCX export writes it (so LibreOffice
 * shows "**" once).
 */
function referenceRun(id: number, mark: string | undefined, deleted: boolean): string {
  if (mark === undefined) return `<w:r>${FOOTNOTE_MARK_STYLE}<w:footnoteReference w:id="${id}"/></w:r>`;
  return `<w:r>${FOOTNOTE_MARK_STYLE}<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/>${customMarkTexts(mark, deleted ? 'w:delText' : 'w:t')}</w:r>`;
}

/**
 * A move end: the whole paragraph inside a named move range. At the destination, words added
 * on the way are insertions; words dropped on the way are already in the moved-from text.
 */
function moveParagraphXml(p: RedlineParagraph, move: { id: number; end: 'from' | 'to' }, pPr: string, rev: Revisions): string {
  const tag = move.end === 'from' ? 'moveFrom' : 'moveTo';
  const range = rev.id();
  const inner = p.runs
    .map((r) => {
      if (move.end === 'from') return r.text ? `<w:moveFrom ${rev.mark()}>${run(r.text)}</w:moveFrom>` : '';
      if (r.kind === 'insert') return `<w:ins ${rev.mark()}>${run(r.text)}</w:ins>`;
      if (r.kind === 'delete') return '';
      return `<w:moveTo ${rev.mark()}>${run(r.text)}</w:moveTo>`;
    })
    .join('');
  return (
    `<w:p>${pPr}` +
    `<w:${tag}RangeStart w:id="${range}" w:name="move${move.id}" ${rev.authorDate}/>${inner}<w:${tag}RangeEnd w:id="${range}"/></w:p>`
  );
}

/** One run of text; a line break inside a paragraph (a party per line, a signature block) stays one. */
function run(text: string, element: 'w:t' | 'w:delText' = 'w:t'): string {
  const lines = text.split(/\r?\n/u).map((line) => `<${element} xml:space="preserve">${escapeXml(line)}</${element}>`);
  return `<w:r>${lines.join('<w:br/>')}</w:r>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`;

const COMMENTS_TYPE = `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`;

const FOOTNOTES_TYPE = `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`;

const FOOTNOTES_REL = `<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`;

const NUMBERING_TYPE = `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`;

const NUMBERING_REL = `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`;

const COMMENTS_REL = `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`;

// trackRevisions keeps further edits tracked too, the way a reviewer expects a redline to behave.
const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${W}"><w:trackRevisions/></w:settings>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style></w:styles>`;
