/**
 * Step 4 of reading: the cleaned text as blocks (title, meta lines, preamble, headings, numbered
 * paragraphs and sub-items, footnotes, lists of parties, signature). The rules are the genre's:
 * a title on top, a signature and date at the bottom, footnotes after the text they annotate,
 * preamble until the first numbered paragraph or heading. Blocks tile the text: every character
 * belongs to exactly one block, blank lines to the block above them.
 */
import type { Block, BlockKind, InlineMark } from '../model';
import { linkBareReferences } from './bare-references';
import { findDates } from './dates';
import { findAnchors, mayCite, readFootnoteMarker } from './footnotes';
import { normalizeMarks, sliceMarks, type LinkTargets } from './inline';
import { readNumber, type LineNumber } from './numbers';
import { isNameLike, parsePartyList } from './parties';
import { endsLikeSentence, isTitleLike } from './shapes';
import { readUnits, type ReadUnit } from './unit-text';
import { splitUnits } from './units';

type Unit = ReadUnit;

/** A block being built: which units it spans and what it is. */
interface Draft {
  kind: BlockKind;
  first: number;
  last: number;
  text: string;
  number?: LineNumber;
  level: number;
  marker?: string;
  parties: string[];
  marks?: InlineMark[];
}

/** What the reader learnt about the text before segmenting it. */
export interface SegmentOptions {
  markdown?: boolean;
  /** Reference link addresses found by the cleaner. */
  links?: LinkTargets;
  /** The text is a UN document: a header above its numbered title, bare-number footnotes below. */
  un?: boolean;
  /** The title the file's metadata gives; a first line is the title block only when it says so. */
  knownTitle?: string;
}

/** A UN resolution's title line: "80/6. Report of the International Criminal Court". */
const RESOLUTION_TITLE = /^\d{2,3}\/\d{1,4}\.\s+\S/;
/** A footnote at the foot of a UN page, once moved after the text: "1 Resolution 79/233, annex." */
const BARE_NOTE = /^(\d{1,3})\s+(?=[\p{Lu}\p{N}(“"'A-Z])/u;
/** Words that open a section rather than describe the declaration under its title. */
const SECTION_WORDS = /^(?:preamble|introduction|background|annex|appendix|part\s+\w+|chapter\s+\w+|section\s+\w+)$/i;

/** Openings of preambular paragraphs, used only when nothing else marks the operative part. */
const PREAMBULAR = /^(?:We,|[\p{Lu}][\p{Ll}]+ing\b|Having\b|Bearing in mind|Mindful|Conscious|Convinced|Deeply|Guided|Aware|Determined|Desirous|Acknowledging)/u;

/** Lines that close a declaration: place and date, "Done at", a signatory. */
const CLOSING = /^(?:Done|Signed|Adopted|Issued|Made)\s+(?:at|in|on)\b|^\(Signed\)|^For (?:the )?\p{Lu}|^\d{1,3}(?:st|nd|rd|th) plenary meeting\b/iu;

/** Styles that mark items under a paragraph rather than paragraphs. */
function isSubStyle(n: LineNumber): boolean {
  return n.style === 'alpha-paren' && !n.upper || n.style === 'alpha-dot' && !n.upper || n.style === 'roman' && !n.upper;
}

/**
 * Which units carry a footnote marker that the text elsewhere cites (or that is unmistakable).
 * `citing[i]` says whether unit i may cite a note at all; blocks made of it need no second look.
 */
function footnoteMarkers(units: Unit[], options: SegmentOptions, text: string, citing: boolean[]): (ReturnType<typeof readFootnoteMarker>)[] {
  const cited = new Set<string>();
  for (const u of units) {
    const may = mayCite(u.text);
    citing.push(may);
    if (may) for (const marker of findAnchors(u.text)) cited.add(marker);
  }
  const notes = units.map((u) => {
    if (options.markdown) {
      // A definition "[^1]: ...", or a note led by its mark in superscript ("<sup>\*</sup> The ministers
      // of ...", "<sup>\[4\]</sup> Resolution 79/1."), as Concord writes a note that must render with
      // the source's own mark; it counts when the text cites that mark.
      if (u.note) return { marker: u.note, textStart: u.note.length + 1 };
      const led = text.startsWith('<sup>', u.start) || text.startsWith('`<sup>`{=html}', u.start) ? readFootnoteMarker(u.text) : undefined;
      return led && cited.has(led.marker) ? led : undefined;
    }
    const found = readFootnoteMarker(u.text);
    return found && (cited.has(found.marker) || !found.marker.startsWith('*')) ? found : undefined;
  });
  if (options.un) bareNotes(units, notes);
  return notes;
}

/** UN footnotes as printed ("1 United Nations, Treaty Series ..."): the run of them after the text. */
function bareNotes(units: Unit[], notes: (ReturnType<typeof readFootnoteMarker>)[]): void {
  let i = units.length;
  let expected: number | undefined;
  while (i > 0) {
    const m = BARE_NOTE.exec((units[i - 1] as Unit).text);
    if (!m || notes[i - 1]) break;
    const n = Number(m[1]);
    if (expected !== undefined && n >= expected) break;
    expected = n;
    i--;
  }
  for (let k = i; k < units.length; k++) {
    const m = BARE_NOTE.exec((units[k] as Unit).text);
    if (m && !notes[k]) notes[k] = { marker: `[${m[1]}]`, textStart: m[0].length };
  }
}

/** Splits cleaned text into blocks; text with no words gives none. */
export function segmentText(text: string, options: SegmentOptions = {}): Block[] {
  const titleLine = options.un ? new RegExp(RESOLUTION_TITLE.source, 'm').exec(text)?.index : undefined;
  const units = readUnits(splitUnits(text, { markdown: options.markdown ?? false, ...(titleLine !== undefined ? { pageBreaksAfter: titleLine } : {}) }), options.markdown ?? false, options.links ?? new Map());
  if (units.length === 0) return [];
  const citing: boolean[] = [];
  const notes = footnoteMarkers(units, options, text, citing);
  const plain = (i: number): boolean => notes[i] === undefined && readNumber(units[i]?.text ?? '') === undefined;
  const drafts: Draft[] = [];
  const push = (kind: BlockKind, first: number, last: number, text: string, extra: Partial<Draft> = {}): void => {
    drafts.push({ kind, first, last, text, level: 1, parties: [], ...extra });
  };
  const marksOf = (i: number) => (units[i] as Unit).marks;

  let begin = 0;
  const top = units[0] as Unit;
  const resolution = options.un ? units.slice(0, 14).findIndex((u) => RESOLUTION_TITLE.test(u.text)) : -1;
  if (resolution >= 0) {
    // A UN header (symbol, distribution, session, agenda item, adoption) stands above the title.
    for (let i = 0; i < resolution; i++) push('meta', i, i, (units[i] as Unit).text, { marks: marksOf(i) });
    push('title', resolution, resolution, (units[resolution] as Unit).text, { marks: marksOf(resolution) });
    begin = resolution + 1;
  } else if (plain(0) && isSiteName(top.text) && units[1] && plain(1) && isTitleBlock(units[1], options)) {
    // A page's first line naming the site ("Belt and Road Portal") stands above the real title.
    push('meta', 0, 0, top.text, { marks: top.marks });
    push('title', 1, 1, (units[1] as Unit).text, { marks: marksOf(1) });
    begin = 2;
  } else if (plain(0) && isTitleBlock(top, options)) {
    push('title', 0, 0, top.text, { marks: top.marks });
    begin = 1;
  }

  const end = signatureStart(units, notes, plain, begin);
  while (begin < end && drafts.length > 0 && drafts.length <= 4 && resolution < 0 && isMeta(units[begin] as Unit) && plain(begin)) {
    push('meta', begin, begin, (units[begin] as Unit).text, { marks: marksOf(begin) });
    begin++;
  }

  classifyBody(units, notes, begin, end, drafts);

  const tail = units.slice(end, lastBodyEnd(units, notes));
  if (tail.length > 0) push('signature', end, end + tail.length - 1, tail.map((u) => u.text).join('\n'));
  for (let i = end + tail.length; i < units.length; i++) pushFootnoteOrBody(units, notes, i, drafts);

  const blocks = toBlocks(text, units, drafts, citing);
  return options.un || options.markdown ? linkBareReferences(blocks) : blocks;
}

/** A web site's name as a page's first line: "Belt and Road Portal", "Ministry of Foreign Affairs | Official Website", "xinhuanet.com". */
const SITE_NAME = /(?:\b(?:portal|website|web site|official site|online|newsroom|news network)|\.(?:com|org|net|gov|int|cn))\s*$|\s[|–—]\s.*\b(?:portal|website|site|online|news)\b/i;

function isSiteName(text: string): boolean {
  return text.split(/\s+/).length <= 10 && !/[.;,:]$/.test(text) && SITE_NAME.test(text);
}

/** True when the first unit is the declaration's title. */
function isTitleBlock(top: Unit, options: SegmentOptions): boolean {
  if (options.knownTitle !== undefined) {
    const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return squeeze(top.text) === squeeze(options.knownTitle) || (top.heading === 1 && !top.afterBlank);
  }
  if (options.markdown && top.heading > 0) return true;
  return top.text.length <= 200 && !/[,;:]$/.test(top.text) && !(top.text.endsWith('.') && top.text.split(/\s+/).length > 12);
}

/** A short line under the title: subtitle, place, date. */
function isMeta(unit: Unit): boolean {
  if (unit.text.length > 150 || SECTION_WORDS.test(unit.text)) return false;
  return isTitleLike(unit.text, 20) || (findDates(unit.text).length > 0 && !/[,;:]$/.test(unit.text));
}

/** One past the last unit that is not a trailing footnote. */
function lastBodyEnd(units: Unit[], notes: unknown[]): number {
  let end = units.length;
  while (end > 0 && notes[end - 1] !== undefined) end--;
  return end;
}

/**
 * Where the closing signature block starts (or the end of the body when there is none): the
 * run of short lines at the bottom, before trailing footnotes, that holds a date or a "Done at".
 */
function signatureStart(units: Unit[], notes: unknown[], plain: (i: number) => boolean, begin: number): number {
  const bodyEnd = lastBodyEnd(units, notes);
  let start = bodyEnd;
  while (start - 1 > begin && bodyEnd - start < 8) {
    const unit = units[start - 1] as Unit;
    const dated = findDates(unit.text).length > 0 || CLOSING.test(unit.text);
    const short = unit.text.length <= 120 && unit.text.split(/\s+/).length <= 15;
    if (!plain(start - 1) || !short || /[,;:]$/.test(unit.text) || (unit.text.endsWith('.') && !dated)) break;
    start--;
  }
  const closing = (u: Unit): boolean => findDates(u.text).length > 0 || CLOSING.test(u.text);
  // After "The following States signed:" the short lines are the list; only the closing lines sign.
  if (units[start - 1]?.text.endsWith(':')) while (start < bodyEnd && !closing(units[start] as Unit)) start++;
  return units.slice(start, bodyEnd).some(closing) ? start : bodyEnd;
}

/** Adds a footnote draft for unit i, or classifies it as body text. */
function pushFootnoteOrBody(units: Unit[], notes: ReturnType<typeof footnoteMarkers>, i: number, drafts: Draft[]): void {
  const note = notes[i];
  const unit = units[i] as Unit;
  if (note) {
    const text = unit.text.slice(note.textStart);
    // Star footnotes of the genre list signatories; numbered notes cite documents.
    const parties = /^[*†‡]/.test(note.marker) || LIST_INTRO.test(text) ? parsePartyList(text) : [];
    drafts.push({ kind: 'footnote', first: i, last: i, text, level: 1, marker: note.marker, parties, marks: sliceMarks(unit.marks, note.textStart, unit.text.length) });
  } else {
    drafts.push({ kind: 'paragraph', first: i, last: i, text: unit.text, level: 1, parties: [], marks: unit.marks });
  }
}

/** A unit the source marks as a heading: "## Article 2", or a short line all in bold. */
function markedHeading(unit: Unit): boolean {
  if (unit.heading > 0) return true;
  if (!unit.bold) return false;
  const n = readNumber(unit.text);
  const body = n ? unit.text.slice(n.textStart) : unit.text;
  return body.split(/\s+/).length <= 30 && !(n?.style === 'decimal' && endsLikeSentence(body)) && !/[.;]$/.test(body);
}

/** A heading that opens the preamble ("## Preamble"): what follows it is preambular. */
const PREAMBLE_HEADING = /^preamble$/i;

/** Index of the first unit of the operative part, or `end` when the text shows none. */
function operativeStart(units: Unit[], notes: unknown[], begin: number, end: number): number {
  for (let i = begin; i < end; i++) {
    if (PREAMBLE_HEADING.test((units[i] as Unit).text)) continue;
    if (notes[i] !== undefined) continue;
    const text = (units[i] as Unit).text;
    const n = readNumber(text);
    if ((n && n.style !== 'bullet' && !isSubStyle(n)) || (!n && isTitleLike(text) && i + 1 < end)) return i;
  }
  // Nothing numbered, no headings: the preamble is what reads as preambular.
  let i = begin;
  while (i < end && (PREAMBULAR.test((units[i] as Unit).text) || /,$/.test((units[i] as Unit).text))) i++;
  return i;
}

/** Length of the run of name-like units starting at i (a list of parties, one per line). */
function nameRun(units: Unit[], notes: unknown[], i: number, end: number): number {
  let j = i;
  while (j < end && notes[j] === undefined) {
    const text = (units[j] as Unit).text;
    const n = readNumber(text);
    const name = (n ? text.slice(n.textStart) : text).replace(/[,;]$/, '');
    if (!isNameLike(name) || (n && n.style !== 'bullet' && n.style !== 'decimal')) break;
    j++;
  }
  return j - i;
}

/** A list introduced in the same sentence: "... the following countries: A, B, C." */
const LIST_INTRO = /\b(?:following|undersigned)\b[^:]*\b(?:countries|states|members|parties|organi[sz]ations|institutions|governments|signatories|partners|participants)\b[^:]*:/i;

/** Classifies the units between the title block and the signature. */
function classifyBody(units: Unit[], notes: ReturnType<typeof footnoteMarkers>, begin: number, end: number, drafts: Draft[]): void {
  const preambleHeading = units.slice(begin, end).findIndex((u) => PREAMBLE_HEADING.test(u.text));
  const preambleFrom = preambleHeading >= 0 ? begin + preambleHeading + 1 : begin;
  const operative = operativeStart(units, notes, preambleFrom, end);
  let topHash = 7;
  for (let i = begin; i < end; i++) {
    const h = (units[i] as Unit).heading;
    if (h > 0 && h < topHash) topHash = h;
  }
  if (topHash === 7) topHash = 1;
  let topStyle: string | undefined;
  let romanHeadings = false;
  let sectionLevel = 0;
  let subStyles: string[] = [];
  let previousNumber: LineNumber | undefined;
  // The number of unit i + 1, read ahead to tell siblings: that unit's own reading when it comes,
  // unless it is a roman numeral the item before may turn into a letter ("(i)" after "(h)").
  let aheadAt = -1;
  let ahead: LineNumber | undefined;
  // The last plain paragraph number, so that the numbering reads on past 999.
  let lastDecimal = 0;
  for (let i = begin; i < end; i++) {
    const unit = units[i] as Unit;
    const before = drafts[drafts.length - 1];
    if (notes[i]) {
      pushFootnoteOrBody(units, notes, i, drafts);
      continue;
    }
    if (markedHeading(unit)) {
      const n = readNumber(unit.text);
      const number = n && n.style !== 'bullet' ? n : undefined;
      const start = number?.textStart ?? 0;
      // Unnumbered bold headings stand under the lettered or roman section heading before them.
      const level = unit.heading > 0 ? unit.heading - topHash + 1 : number ? (number.style === 'alpha-dot' && romanHeadings ? 2 : 1) : sectionLevel + 1;
      if (number?.style === 'roman') romanHeadings = true;
      if (unit.heading === 0 && number?.upper) sectionLevel = level;
      drafts.push({ kind: 'heading', first: i, last: i, text: unit.text.slice(start), level: Math.max(1, level), parties: [], marks: sliceMarks(unit.marks, start, unit.text.length), ...(number ? { number } : {}) });
      subStyles = [];
      continue;
    }
    const run = before?.text.endsWith(':') ? nameRun(units, notes, i, end) : 0;
    if (run >= 3) {
      const lines = units.slice(i, i + run).map((u) => u.text);
      const parties = lines.map((l) => { const n = readNumber(l); return (n ? l.slice(n.textStart) : l).replace(/[,;.]$/, '').replace(/^the\s+/, ''); });
      drafts.push({ kind: 'parties', first: i, last: i + run - 1, text: lines.join('\n'), level: 1, parties });
      i += run - 1;
      continue;
    }
    const n = aheadAt === i && (ahead?.style !== 'roman' || !previousNumber) ? ahead : readNumber(unit.text, previousNumber, { after: lastDecimal });
    if (!n) {
      const next = units[i + 1];
      const heading = isTitleLike(unit.text) && i + 1 < end && next !== undefined;
      const parties = LIST_INTRO.test(unit.text) ? parsePartyList(unit.text) : [];
      const kind: BlockKind = heading ? 'heading' : parties.length >= 3 ? 'parties' : i >= preambleFrom && i < operative ? 'preamble' : 'paragraph';
      if (heading) subStyles = [];
      drafts.push({ kind, first: i, last: i, text: unit.text, level: 1, parties, marks: unit.marks });
      continue;
    }
    previousNumber = n;
    if (n.style === 'decimal') lastDecimal = n.value;
    const body = unit.text.slice(n.textStart);
    const next = units[i + 1] ? readNumber((units[i + 1] as Unit).text, undefined, { after: lastDecimal }) : undefined;
    aheadAt = i + 1;
    ahead = next;
    const sibling = next?.style === n.style && next.depth === n.depth;
    const draft: Draft = { kind: 'paragraph', first: i, last: i, text: body, number: n, level: 1, parties: [], marks: sliceMarks(unit.marks, n.textStart, unit.text.length) };
    if (n.style === 'article' || (n.upper && (n.style === 'roman' || n.style === 'alpha-dot') && body.length <= 100 && !endsLikeSentence(body))) {
      draft.kind = 'heading';
      if (n.style === 'roman') romanHeadings = true;
      draft.level = n.style === 'alpha-dot' && romanHeadings ? 2 : 1;
      subStyles = [];
    } else if ((n.style === 'decimal' || n.style === 'multilevel') && isTitleLike(body, 10) && !sibling && i + 1 < end) {
      draft.kind = 'heading';
      draft.level = n.depth;
      subStyles = [];
    } else if (
      isSubStyle(n) ||
      (n.style === 'decimal-paren' && topStyle === 'decimal') ||
      (n.style === 'bullet' && (before?.kind === 'subitem' || before?.text.endsWith(':')))
    ) {
      draft.kind = 'subitem';
      // Letters stand under the paragraph and roman numerals under a letter, whichever came first.
      if (n.style === 'alpha-paren' && subStyles.includes('roman')) subStyles = subStyles.slice(0, subStyles.indexOf('roman'));
      if (!subStyles.includes(n.style)) subStyles.push(n.style);
      draft.level = subStyles.indexOf(n.style) + 2;
    } else {
      topStyle ??= n.style;
      draft.level = n.depth;
      subStyles = [];
    }
    // An indented list item (Markdown's nesting) is an item under the item or paragraph above it.
    if (unit.indent >= 2 && before !== undefined && before.kind !== 'heading') {
      if (draft.kind === 'paragraph') draft.kind = 'subitem';
      // Indentation and the number's own style say the same depth ("    a." is 2, "        i." 3): never add them.
      if (draft.kind === 'subitem') draft.level = Math.max(draft.level, 1 + Math.ceil(unit.indent / 4));
    }
    drafts.push(draft);
  }
}

/**
 * Turns drafts into blocks whose spans tile the text, and links footnotes to their anchors. A
 * draft of one unit holds that unit's text or a part of it, so a unit that cites nothing
 * (`citing`) gives a block that cites nothing.
 */
function toBlocks(text: string, units: Unit[], drafts: Draft[], citing: boolean[]): Block[] {
  const blocks: Block[] = drafts.map((d, k) => {
    const next = drafts[k + 1];
    const start = k === 0 ? 0 : (units[d.first] as Unit).start;
    const end = next ? (units[next.first] as Unit).start : text.length;
    const block: Block = {
      id: `b${k + 1}`,
      kind: d.kind,
      text: d.text,
      level: d.level,
      span: { start, end },
      // A numbered unit's anchors are read with its number: "3.x[4] Notwithstanding" cites [4] right after it.
      cites: d.kind === 'footnote' || (d.first === d.last && citing[d.first] === false) ? [] : findAnchors(d.number && d.first === d.last ? (units[d.first] as Unit).text : d.text),
      parties: d.parties,
    };
    if (d.number) block.number = { raw: d.number.raw, style: d.number.style, value: d.number.value, glued: d.number.glued };
    if (d.marker) block.marker = d.marker;
    const marks = normalizeMarks(d.marks ?? []);
    if (marks.length > 0) block.marks = marks;
    return block;
  });
  // Each marker's first citing block, found in one pass: long texts have hundreds of notes.
  const firstCiting = new Map<string, string>();
  for (const b of blocks) for (const marker of b.cites) if (!firstCiting.has(marker)) firstCiting.set(marker, b.id);
  for (const note of blocks) {
    if (note.kind !== 'footnote' || !note.marker) continue;
    const anchor = firstCiting.get(note.marker);
    if (anchor) note.anchorBlockId = anchor;
  }
  return blocks;
}
