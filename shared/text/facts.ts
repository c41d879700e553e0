/**
 * What a declaration says about itself once segmented: its title, date, place and parties.
 * The closing signature is the most reliable source of date and place, then the lines under
 * the title, then the opening sentence ("held on 18 June 2020 in Beijing").
 */
import type { Block, DocumentDetail } from '../model';
import { findDates } from './dates';
import type { FrontMatter } from './front-matter';
import { unHeaderDetails } from './un-header';

/** The facts shown in lists of declarations and templates. */
export interface DeclarationFacts {
  title?: string;
  date?: string;
  place?: string;
  parties: string[];
  /** Front matter and header lines, as document details. */
  details: DocumentDetail[];
}

const PLACE = String.raw`(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})`;
/** "Done at Geneva", "Signed in Beijing" */
const DONE_AT = new RegExp(String.raw`\b(?:Done|Signed|Adopted|Issued|Made)\s+(?:at|in)\s+${PLACE}`, 'u');
/** "Beijing, 18 June 2020": a place right before a date. */
const PLACE_DATE = new RegExp(String.raw`^${PLACE},?\s+(?=\d|\p{Lu}\p{Ll}+\.?\s+\d)`, 'u');
/** "held on April 25 in Beijing" in an opening sentence. */
const HELD_IN = new RegExp(String.raw`\b(?:held|met|meeting|gathered|convened)\b[^.;]{0,80}?\bin\s+${PLACE}`, 'u');

const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function placeIn(block: Block, patterns: RegExp[]): string | undefined {
  for (const line of block.text.split('\n')) {
    for (const re of patterns) {
      const found = re.exec(line)?.[1];
      if (found && !MONTH_NAMES.test(found)) return found;
    }
  }
  return undefined;
}

const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The title block's text, or the metadata's title where that is the same title made whole (PDF
 * extraction cuts long UN titles after the first line: "... of the expenses of the").
 */
function completed(titleBlock: string | undefined, metadata: string | undefined): string | undefined {
  if (titleBlock === undefined) return metadata;
  if (metadata === undefined) return titleBlock;
  const block = squeeze(titleBlock);
  return block !== '' && squeeze(metadata).startsWith(block) && metadata.length > titleBlock.length ? metadata : titleBlock;
}

/** A UN title block's resolution number: "80/6. " */
const RESOLUTION_NUMBER = /^\d{2,3}\/\d{1,4}\.\s+/;

/**
 * Title, date, place, parties and details of a segmented declaration. The title the text gives
 * (its title block) comes first, then the front matter's; a UN resolution's date is the day the
 * Assembly adopted it.
 */
export function declarationFacts(blocks: Block[], front?: FrontMatter): DeclarationFacts {
  const titleBlock = blocks.find((b) => b.kind === 'title')?.text.replace(RESOLUTION_NUMBER, '');
  const title = completed(titleBlock, front?.title);
  const un = unHeaderDetails(blocks.filter((b) => b.kind === 'meta' || b.kind === 'title'));
  const details = [...un.details, ...(front?.details ?? []).filter((d) => !un.details.some((u) => u.name === d.name))];
  const closing = blocks.filter((b) => b.kind === 'signature' || b.kind === 'meta');
  const opening = blocks.filter((b) => b.kind === 'preamble' || b.kind === 'paragraph').slice(0, 2);

  const date = un.adopted ?? front?.date ?? [...closing, ...opening].map((b) => findDates(b.text)[0]?.iso).find((d) => d !== undefined);
  const place =
    closing.map((b) => placeIn(b, [DONE_AT, PLACE_DATE])).find((p) => p !== undefined) ??
    opening.map((b) => placeIn(b, [DONE_AT, HELD_IN])).find((p) => p !== undefined);
  const parties = [...new Set(blocks.flatMap((b) => b.parties))];
  return { title, date, place, parties, details };
}
