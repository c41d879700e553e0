/**
 * A large pair for the performance bench: a declaration of about `words` words built from the
 * sample texts (each paragraph varied so none repeats), and a revision of it with scattered
 * word edits and moved paragraphs, both rendered as numbered text.
 */
import { seededRandom } from '../random';
import { render } from './edits';

export interface LargePair {
  a: string;
  b: string;
  words: number;
  edits: number;
  moves: number;
}

/** Builds the pair from sample paragraphs and a vocabulary; the same seed gives the same pair. */
export function makeLargePair(samples: string[], vocabulary: string[], opts: { words: number; edits: number; moves: number; seed: number }): LargePair {
  const rand = seededRandom(opts.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const usable = samples.filter((p) => p.split(' ').length >= 20);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < opts.words) {
    // Vary a few words so paragraphs do not repeat: a real text does not either.
    const ws = pick(usable).split(' ');
    for (let n = 0; n < 4; n++) ws[Math.floor(rand() * ws.length)] = pick(vocabulary);
    paragraphs.push(ws.join(' '));
    words += ws.length;
  }
  const b = [...paragraphs];
  const edited = new Set<number>();
  while (edited.size < opts.edits) edited.add(Math.floor(rand() * b.length));
  for (const i of edited) {
    const ws = (b[i] ?? '').split(' ');
    const at = Math.floor(rand() * ws.length);
    const what = rand();
    if (what < 0.4) ws[at] = pick(vocabulary);
    else if (what < 0.7) ws.splice(at, 1);
    else ws.splice(at, 0, pick(vocabulary));
    b[i] = ws.join(' ');
  }
  for (let m = 0; m < opts.moves; m++) {
    const from = Math.floor(rand() * b.length);
    const [moved] = b.splice(from, 1);
    b.splice(Math.floor(rand() * b.length), 0, moved ?? '');
  }
  return { a: render(paragraphs), b: render(b), words, edits: opts.edits, moves: opts.moves };
}
