/**
 * Makes edited versions of declaration texts with known ground truth, for scoring comparison
 * engines: word edits, inserted / deleted / moved / moved-and-edited paragraphs, splits and
 * merges, renumbering only, and punctuation / whitespace / quote noise. Seeded, so every run
 * scores the same cases.
 */


export type Scenario = 'word-edits' | 'insert' | 'delete' | 'move' | 'move-edit' | 'move-past-edits' | 'split' | 'merge' | 'renumber' | 'noise';
export const SCENARIOS: Scenario[] = ['word-edits', 'insert', 'delete', 'move', 'move-edit', 'move-past-edits', 'split', 'merge', 'renumber', 'noise'];

/** A paragraph of a generated version: its text and the id of the paragraph it came from. */
export interface GenParagraph {
  text: string;
  /** Id of the base paragraph it descends from; "new-…" for inserted ones. */
  origin: string;
}

/** What really changed between the two versions. */
export interface Truth {
  /** Words deleted, as "old paragraph index|word", and inserted as "new paragraph index|word". */
  deleted: string[];
  inserted: string[];
  /** Moves as [old index, new index]. */
  moves: [number, number][];
  splits: number;
  merges: number;
}

export interface EditedPair {
  scenario: Scenario;
  a: string;
  b: string;
  truth: Truth;
}

const WORD = /^\p{L}+$/u;

/** The words that can be edited (pure letters), as indices into the paragraph's space-split words. */
function editable(words: string[]): number[] {
  return words.flatMap((w, i) => (WORD.test(w) ? [i] : []));
}

/** Renders paragraphs as a numbered declaration text ("1. ...", blank line between). */
export function render(paragraphs: string[], numbering: (n: number) => string = (n) => `${n}.`): string {
  return paragraphs.map((p, k) => `${numbering(k + 1)} ${p}`).join('\n\n');
}

/**
 * One edited pair from base paragraphs. `edits` is how many word edits a word-edit scenario
 * makes, spread over different paragraphs.
 */
export function makePair(base: string[], scenario: Scenario, rand: () => number, vocabulary: string[], edits = 3): EditedPair {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const word = () => pick(vocabulary);
  const truth: Truth = { deleted: [], inserted: [], moves: [], splits: 0, merges: 0 };
  let b: string[] = [...base];
  const a = render(base);
  const long = base.flatMap((p, i) => (editable(p.split(' ')).length >= 6 ? [i] : []));

  /** Edits words of b[j] (descending from a[i]) in place, recording the truth. */
  const editWords = (i: number, j: number, count: number) => {
    const words = (b[j] ?? '').split(' ');
    for (let n = 0; n < count; n++) {
      const spots = editable(words);
      const at = pick(spots);
      const what = rand();
      if (what < 0.4) {
        truth.deleted.push(`${i}|${words[at]}`);
        words[at] = word();
        truth.inserted.push(`${j}|${words[at]}`);
      } else if (what < 0.7) {
        truth.deleted.push(`${i}|${words[at]}`);
        words.splice(at, 1);
      } else {
        const w = word();
        words.splice(at, 0, w);
        truth.inserted.push(`${j}|${w}`);
      }
    }
    b[j] = words.join(' ');
  };

  switch (scenario) {
    case 'word-edits': {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(edits, long.length)) chosen.add(pick(long));
      for (const i of chosen) editWords(i, i, 1 + Math.floor(rand() * 3));
      break;
    }
    case 'insert': {
      const at = Math.floor(rand() * (b.length + 1));
      const text = Array.from({ length: 12 + Math.floor(rand() * 20) }, word).join(' ') + '.';
      b.splice(at, 0, text);
      for (const w of text.match(/\p{L}+/gu) ?? []) truth.inserted.push(`${at}|${w}`);
      break;
    }
    case 'delete': {
      const at = Math.floor(rand() * b.length);
      for (const w of (b[at] ?? '').match(/[\p{L}\p{N}]+/gu) ?? []) truth.deleted.push(`${at}|${w}`);
      b.splice(at, 1);
      break;
    }
    case 'move':
    case 'move-edit': {
      const from = pick(long);
      // Two or more places away: a swap of neighbours has two equally true readings. A text
      // too short for that gets no move.
      const places = Array.from({ length: b.length }, (_, k) => k).filter((k) => Math.abs(k - from) >= 2);
      if (places.length === 0) break;
      const to = pick(places);
      const [moved] = b.splice(from, 1);
      b.splice(to, 0, moved ?? '');
      truth.moves.push([from, to]);
      if (scenario === 'move-edit') editWords(from, to, 1 + Math.floor(rand() * 2));
      break;
    }
    case 'move-past-edits': {
      // A paragraph moves three or more places, and the paragraphs it passes are edited: one
      // move, not an edited paragraph each pushed into a move of its own.
      const from = pick(long);
      const places = Array.from({ length: b.length }, (_, k) => k).filter((k) => Math.abs(k - from) >= 3);
      if (places.length === 0) break;
      const to = pick(places);
      const [moved] = b.splice(from, 1);
      b.splice(to, 0, moved ?? '');
      truth.moves.push([from, to]);
      // The paragraphs passed shift by one place; edit a word in each long one.
      const passed = from < to ? Array.from({ length: to - from }, (_, k) => [from + 1 + k, from + k]) : Array.from({ length: from - to }, (_, k) => [to + k, to + 1 + k]);
      for (const [i, j] of passed) if (i !== undefined && j !== undefined && long.includes(i)) editWords(i, j, 1);
      break;
    }
    case 'split': {
      const candidates = base.flatMap((p, i) => (/\. \p{Lu}/u.test(p) ? [i] : []));
      const at = candidates.length ? pick(candidates) : (long[0] ?? 0);
      const text = b[at] ?? '';
      const cut = text.search(/\. \p{Lu}/u);
      if (cut > 0) {
        b.splice(at, 1, text.slice(0, cut + 1), text.slice(cut + 2));
        truth.splits++;
      }
      break;
    }
    case 'merge': {
      const at = pick(long.filter((i) => i + 1 < b.length && (b[i + 1] ?? '').length > 40));
      b.splice(at, 2, `${b[at]} ${b[at + 1]}`);
      truth.merges++;
      break;
    }
    case 'renumber':
      return { scenario, a, b: render(b, (n) => `${n + 1}.`), truth };
    case 'noise':
      b = b.map((p) =>
        p
          .replace(/ (?=\p{L})/gu, () => (rand() < 0.1 ? '  ' : ' '))
          .replace(/[’']/gu, () => "'")
          .replace(/[“”]/gu, '"')
          .replace(/ - /gu, ' – ')
          .replace(/,/gu, () => (rand() < 0.2 ? ' ,' : ',')),
      );
      break;
  }
  return { scenario, a, b: render(b), truth };
}
