/**
 * Word's automatic numbering, resolved to the numbers a reader sees on the page. numbering.xml
 * only holds list definitions (format, level text "%1.", start); the displayed numbers come from
 * counting the paragraphs that use each list, in document order, as Word does.
 */
import type { BlockNumber, NumberStyle } from '../model';
import { childElements, descend, firstChild, type XmlElement } from './xml';
import { letterNumeral, romanNumeral } from '../text/numerals';

interface Level {
  format: string;
  text: string;
  start: number;
  /** Word's "legal" numbering: every placeholder written in decimal. */
  legal: boolean;
}

interface List {
  /** Counters are shared by every w:num over the same abstract list, as Word and LibreOffice count. */
  counterKey: string;
  levels: Map<number, Level>;
  /**
   * A w:num's startOverride values: the list restarts there the first time a paragraph uses this
   * w:num (LibreOffice writes each restart as its own w:num), and counts on after that.
   */
  restarts: Map<number, number>;
}

/** The list definitions of a document, ready to number paragraphs in order. */
export interface Numbering {
  /** The displayed number of the next paragraph using (numId, ilvl); undefined for "no number". */
  next(numId: string, ilvl: number): BlockNumber | undefined;
}

const val = (el: XmlElement | undefined) => el?.attrs['val'];

/** Word's list levels are 0–8; a file may say anything (4,000,000,000 once filled an array up to it). */
export const MAX_LIST_LEVEL = 8;
/** The highest start value Word's dialog accepts. */
const MAX_START = 32_767;

/** A list level read from a file, clamped to Word's 0–8 (not a number: 0). */
export function listLevel(raw: string | number | undefined): number {
  const n = Math.trunc(Number(raw ?? 0));
  return Number.isFinite(n) ? Math.min(MAX_LIST_LEVEL, Math.max(0, n)) : 0;
}

/** A start value read from a file, bounded as Word bounds it; `fallback` when not a number. */
function startValue(raw: string | undefined, fallback: number): number {
  const n = Math.trunc(Number(raw ?? fallback));
  return Number.isFinite(n) ? Math.min(MAX_START, Math.max(0, n)) : fallback;
}

function readLevel(lvl: XmlElement, base?: Level): Level {
  return {
    format: val(firstChild(lvl, 'numFmt')) ?? base?.format ?? 'decimal',
    text: val(firstChild(lvl, 'lvlText')) ?? base?.text ?? '',
    start: startValue(val(firstChild(lvl, 'start')), base?.start ?? 1),
    legal: firstChild(lvl, 'isLgl') !== undefined || (base?.legal ?? false),
  };
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(parent, 'lvl')) levels.set(listLevel(lvl.attrs['ilvl']), readLevel(lvl));
  return levels;
}

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];
const CARDINAL_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];

/** One counter value written in a Word number format ("lowerLetter", 3 gives "c"). */
export function formatCounter(format: string, n: number): string {
  if (n <= 0) return String(n);
  switch (format) {
    case 'lowerLetter': return letterNumeral(n);
    case 'upperLetter': return letterNumeral(n).toUpperCase();
    case 'lowerRoman': return romanNumeral(n).toLowerCase();
    case 'upperRoman': return romanNumeral(n);
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'ordinal': return `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
    case 'ordinalText': return ORDINAL_WORDS[n - 1] ?? `${n}th`;
    case 'cardinalText': return CARDINAL_WORDS[n - 1] ?? String(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** The model's style for a Word level: what kind of number a reader sees. */
function styleOf(level: Level): NumberStyle {
  const placeholders = (level.text.match(/%\d/g) ?? []).length;
  if (level.format === 'bullet') return 'bullet';
  if (placeholders > 1) return 'multilevel';
  const paren = level.text.includes(')');
  if (/Letter$/.test(level.format)) return paren ? 'alpha-paren' : 'alpha-dot';
  if (/Roman$/.test(level.format)) return 'roman';
  if (level.format === 'ordinalText' || level.format === 'ordinal') return 'ordinal-word';
  return paren ? 'decimal-paren' : 'decimal';
}

/** Reads numbering.xml (absent: a document without lists). */
export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const lists = new Map<string, List>();
  const counters = new Map<string, number[]>();

  for (const abs of root ? childElements(root, 'abstractNum') : []) {
    abstracts.set(abs.attrs['abstractNumId'] ?? '', readLevels(abs));
  }
  for (const num of root ? childElements(root, 'num') : []) {
    const numId = num.attrs['numId'] ?? '';
    const abstractId = val(firstChild(num, 'abstractNumId')) ?? '';
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const starts = new Map<number, number>();
    for (const override of childElements(num, 'lvlOverride')) {
      const ilvl = listLevel(override.attrs['ilvl']);
      const lvl = firstChild(override, 'lvl');
      const base = levels.get(ilvl);
      if (lvl) levels.set(ilvl, readLevel(lvl, base));
      const start = val(descend(override, 'startOverride'));
      if (start !== undefined) starts.set(ilvl, startValue(start, 1));
    }
    lists.set(numId, { counterKey: `abs:${abstractId}`, levels, restarts: starts });
  }

  return {
    next(numId, rawLevel) {
      const ilvl = listLevel(rawLevel);
      const list = lists.get(numId);
      const level = list?.levels.get(ilvl);
      if (!list || !level) return undefined;
      const count = counters.get(list.counterKey) ?? [];
      const startOf = (i: number) => list.levels.get(i)?.start ?? 1;
      for (let i = 0; i < ilvl; i++) count[i] ??= list.restarts.get(i) ?? startOf(i);
      const restart = list.restarts.get(ilvl);
      if (restart !== undefined) {
        count[ilvl] = restart;
        list.restarts.delete(ilvl);
      } else count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : count[ilvl] + 1;
      count.length = ilvl + 1; // deeper levels restart under a new parent number
      counters.set(list.counterKey, count);

      const raw = level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        const at = list.levels.get(i);
        return formatCounter(level.legal || !at ? 'decimal' : at.format, count[i] ?? startOf(i));
      });
      if (level.format === 'none' || !raw.trim()) return undefined;
      const style = styleOf(level);
      // Symbol-font bullets sit in the private use area (U+F0B7): shown as a real bullet.
      const shown = style === 'bullet' && /^[\uE000-\uF8FF]$/.test(raw.trim()) ? '•' : raw.trim();
      return { raw: shown, style, value: style === 'bullet' ? 0 : (count[ilvl] ?? 0), glued: false };
    },
  };
}
