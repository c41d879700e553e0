/**
 * Step 2 of reading: undo mojibake, the damage done when UTF-8 bytes were once read as a
 * single-byte encoding (`â€™` for `’` through Windows-1252, `‚Äô` through Mac Roman). A run of
 * characters is repaired only when it is unambiguous: its bytes in that encoding form one valid
 * UTF-8 sequence, the result is a character such text really contains (Latin letters and signs,
 * typographic punctuation), and the other encoding does not offer a different reading. Genuine
 * accented text never forms such a run, so it is left alone. Every repair is reported.
 */
import type { Repair } from '../model';
import { macRoman, windows1252, type Charset } from './charsets';

/** Repaired text and the list of what changed, with spans into the text before repair. */
export interface Repaired {
  text: string;
  repairs: Repair[];
}

/** Lead characters of a repairable sequence in either encoding (bytes C2..C5, E2, EF). */
const LEADS = /[ÂÃÄÅâï¬√ƒ≈‚Ô]/g;

/** What a mojibake run stands for, or undefined when the run is not repairable. */
interface Reading {
  length: number;
  to: string;
}

/** Characters worth repairing to: Latin-1 and Latin Extended-A, typographic punctuation, €, ™. */
function plausible(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x2010 && cp <= 0x206f) || cp === 0x20ac || cp === 0x2122 || cp === 0xfeff;
}

/** Reads the UTF-8 sequence whose bytes the characters at `at` are in `set`. */
function readSequence(text: string, at: number, set: Charset): Reading | undefined {
  const lead = set.bytes.get(text[at] ?? '');
  if (lead === undefined) return undefined;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 0;
  if (length === 0) return undefined;
  let cp = length === 2 ? lead & 0x1f : lead & 0x0f;
  for (let k = 1; k < length; k++) {
    const byte = set.bytes.get(text[at + k] ?? '');
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    cp = (cp << 6) | (byte & 0x3f);
  }
  if (length === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) return undefined;
  if (!plausible(cp)) return undefined;
  // A byte-order mark read as text carries no meaning in the body: it is removed.
  return { length, to: cp === 0xfeff ? '' : String.fromCharCode(cp) };
}

/** Repairs unambiguous mojibake and lists each repair with its position. */
export function repairMojibake(text: string): Repaired {
  const repairs: Repair[] = [];
  const parts: string[] = [];
  let copied = 0;
  LEADS.lastIndex = 0;
  for (let m = LEADS.exec(text); m; m = LEADS.exec(text)) {
    const at = m.index;
    const viaWindows = readSequence(text, at, windows1252);
    const viaMac = readSequence(text, at, macRoman);
    const reading = viaWindows ?? viaMac;
    if (!reading || (viaWindows && viaMac && viaWindows.to !== viaMac.to)) continue;
    const end = at + reading.length;
    repairs.push({
      span: { start: at, end },
      from: text.slice(at, end),
      to: reading.to,
      reason: viaWindows ? 'UTF-8 text read as Windows-1252' : 'UTF-8 text read as Mac Roman',
    });
    parts.push(text.slice(copied, at), reading.to);
    copied = end;
    LEADS.lastIndex = end;
  }
  if (repairs.length === 0) return { text, repairs };
  parts.push(text.slice(copied));
  return { text: parts.join(''), repairs };
}
