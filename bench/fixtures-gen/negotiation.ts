/**
 * A pair of successive drafts of a long negotiation text, made from the real ADP draft
 * agreement (tests/fixtures/corpus): the old draft is the text twice over (the second copy's
 * paragraphs varied a little, as a later section restating the first would be, so about 30,000
 * words with hundreds of brackets and options), the new draft resolves brackets, edits words,
 * moves, splits and merges paragraphs the way a negotiating session does. Seeded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../random';

export const ADP_DRAFT = fileURLToPath(new URL('../../tests/fixtures/corpus/unfccc-adp-draft-agreement-2015-10-23.md', import.meta.url));

export interface NegotiationPair {
  a: string;
  b: string;
  words: number;
}

/** The first bracketed alternative "[x][y]" kept, or a bracket's text kept without brackets. */
function resolveOneBracket(p: string, rand: () => number): string {
  const alternatives = /\[([^[\]]{1,200})\]\[([^[\]]{1,200})\]/u;
  if (alternatives.test(p)) return p.replace(alternatives, (_, x: string, y: string) => (rand() < 0.5 ? x : y));
  return p.replace(/\[([^[\]]{1,200})\]/u, (_, x: string) => x);
}

/** Builds the pair; the same seed gives the same pair. */
export function makeNegotiationPair(seed = 11): NegotiationPair {
  const rand = seededRandom(seed);
  const source = readFileSync(ADP_DRAFT, 'utf8');
  const [front, ...rest] = source.split(/\n(?=## )/u);
  const body = rest.join('\n');
  const vocabulary = [...new Set(body.match(/\p{L}{4,}/gu) ?? [])];
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const vary = (p: string) => p.replace(/\p{L}{4,}/gu, (w) => (rand() < 0.04 ? pick(vocabulary) : w));
  const paragraphs = [...body.split(/\n\n+/u), ...body.split(/\n\n+/u).map(vary)];
  const a = [front ?? '', ...paragraphs].join('\n\n');

  const b = [...paragraphs];
  for (let k = 0; k < b.length; k++) {
    const p = b[k] ?? '';
    if (p.startsWith('#') || p.length < 80) continue;
    const roll = rand();
    if (roll < 0.6 && p.includes('[')) b[k] = resolveOneBracket(resolveOneBracket(p, rand), rand);
    else if (roll < 0.8) b[k] = p.replace(/\p{L}{4,}/u, pick(vocabulary));
    else if (roll < 0.9) b[k] = `${p} ${pick(vocabulary)} ${pick(vocabulary)}`;
  }
  for (let m = 0; m < 6; m++) {
    const [moved] = b.splice(Math.floor(rand() * b.length), 1);
    b.splice(Math.floor(rand() * b.length), 0, moved ?? '');
  }
  for (let s = 0; s < 3; s++) {
    const k = Math.floor(rand() * b.length);
    const p = b[k] ?? '';
    const cut = p.indexOf('. ', p.length / 3);
    if (cut > 0) b.splice(k, 1, p.slice(0, cut + 1), p.slice(cut + 2));
  }
  const text = [front ?? '', ...b].join('\n\n');
  return { a, b: text, words: a.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 };
}
