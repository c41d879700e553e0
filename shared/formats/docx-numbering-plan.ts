/**
 * Decides how each numbered block is numbered in Word: by one of Word's automatic lists
 * wherever Word can show exactly the source's number, typed as text otherwise ("First,",
 * "Article 3", "1.2"). A list restarts wherever the source's sequence does not go on by one,
 * so gaps and restarts in the source survive the export unchanged.
 */
import type { Block, BlockNumber } from '../model';
import { visibleNumber } from './bullets';
import { formatCounter } from './docx-numbering';

/** One Word list level as the docx package wants it. */
export interface ListLevel {
  level: number;
  format: 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman' | 'bullet';
  text: string;
  start: number;
}

/** The automatic numbering of one block: which list, which level, which run of it. */
export interface ListPlace {
  reference: string;
  level: number;
  instance: number;
}

/** Every list the document needs, and where each numbered block goes. */
export interface NumberingPlan {
  lists: { reference: string; levels: ListLevel[] }[];
  /** By block id; numbered blocks missing here keep their number typed. */
  places: Map<string, ListPlace>;
}

/** The Word format and level text that show `number` at `level`, when there are any. */
function wordLevel(number: BlockNumber, level: number): Omit<ListLevel, 'start'> | undefined {
  const placeholder = `%${level + 1}`;
  if (number.style === 'bullet') return { level, format: 'bullet', text: visibleNumber(number.raw) };
  const token =
    number.style === 'decimal' || number.style === 'decimal-paren'
      ? /\d+/.exec(number.raw)
      : number.style === 'alpha-paren' || number.style === 'alpha-dot'
        ? /[a-z]/i.exec(number.raw)
        : number.style === 'roman'
          ? /[ivxlcdm]+/i.exec(number.raw)
          : null;
  if (!token) return undefined;
  const upper = token[0] === token[0].toUpperCase();
  const format: ListLevel['format'] = /\d/.test(token[0])
    ? 'decimal'
    : number.style === 'roman'
      ? upper ? 'upperRoman' : 'lowerRoman'
      : upper ? 'upperLetter' : 'lowerLetter';
  // Only when Word would print exactly what the source shows.
  const shown = formatCounter(format, number.value);
  if ((upper ? shown.toUpperCase() : shown) !== token[0]) return undefined;
  const before = number.raw.slice(0, token.index);
  const after = number.raw.slice(token.index + token[0].length);
  // "4 bis.", "14 ter": words around the counter are typed, not a list level of their own.
  if (/\p{L}/u.test(before + after)) return undefined;
  return { level, format, text: before + placeholder + after };
}

/** The list level a block sits at: headings and paragraphs at 0, sub-items below (level 2, "(a)", at 1). */
function levelOf(block: Block): number {
  return block.kind === 'subitem' ? Math.min(8, Math.max(1, block.level - 1)) : 0;
}

/** Plans Word lists for the numbered headings, paragraphs and sub-items of a declaration. */
export function planNumbering(blocks: Block[]): NumberingPlan {
  const lists = new Map<string, ListLevel[]>();
  const places = new Map<string, ListPlace>();
  // The run under way for each kind of list: its reference, instance and the last value shown.
  const runs = new Map<string, { reference: string; instance: number; last: number }>();
  let instances = 0;

  for (const block of blocks) {
    if (!block.number || !['heading', 'paragraph', 'subitem'].includes(block.kind)) continue;
    const level = levelOf(block);
    const def = wordLevel(block.number, level);
    if (!def) continue;
    const family = `${block.kind === 'heading' ? 'heading' : 'body'}|${level}|${def.format}|${def.text}`;
    const run = runs.get(family);
    const value = block.number.value;
    if (run && (def.format === 'bullet' || value === run.last + 1)) {
      run.last = value;
      places.set(block.id, { reference: run.reference, level, instance: run.instance });
      continue;
    }
    const start = def.format === 'bullet' ? 1 : value;
    const reference = `${family}|${start}`;
    if (!lists.has(reference)) lists.set(reference, [{ ...def, start }]);
    const next = { reference, instance: ++instances, last: value };
    runs.set(family, next);
    places.set(block.id, { reference, level, instance: next.instance });
  }
  return { lists: [...lists].map(([reference, levels]) => ({ reference, levels })), places };
}
