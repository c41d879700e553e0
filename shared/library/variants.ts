/**
 * Variants: the near-identical wordings of one clause across declarations, grouped, with the
 * most common wording marked as the standard form. Candidates come from MinHash/LSH over word
 * shingles, are confirmed by signature similarity, and joined transitively (union-find).
 */
import { wordDiff } from '../diff/words';
import type { Clause } from '../model';
import type { ClauseLibrary } from './library';
import { bandBuckets, jaccard, shingleSet, shinglesOf, signatureOf } from './minhash';
import type { LibraryVariant, LibraryVariantGroup } from './schemas';

export interface VariantOptions {
  /** Least shingle similarity (Jaccard) for two wordings to count as one clause (default 0.5). */
  threshold?: number;
  /** Only the group holding this clause id (the variants panel of one clause). */
  of?: string;
  /** Most groups returned, largest first; word diffs are only computed for these. */
  limit?: number;
  /** Most variants returned per group, the closest to the standard form first. */
  variantLimit?: number;
}

/** A group before its word diffs are computed. */
interface Grouped {
  standard: Clause;
  variants: Omit<LibraryVariant, 'diff'>[];
}

/**
 * Groups near-identical clauses; clauses without a near-twin are left out.
 * Largest groups first.
 */
export function variantGroups(clauses: Iterable<Clause>, opts: VariantOptions = {}): LibraryVariantGroup[] {
  return withDiffs(groupsOf([...clauses], opts.threshold ?? 0.5), opts);
}

const cache = new WeakMap<ClauseLibrary, { revision: number; threshold: number; groups: Grouped[] }>();

/**
 * `variantGroups` over a library, with the grouping kept until the library changes: grouping
 * 100,000 clauses takes seconds, while the variants panel asks again at every click.
 */
export function libraryVariants(library: ClauseLibrary, opts: VariantOptions = {}): LibraryVariantGroup[] {
  const threshold = opts.threshold ?? 0.5;
  let cached = cache.get(library);
  if (!cached || cached.revision !== library.revision || cached.threshold !== threshold) {
    cached = { revision: library.revision, threshold, groups: groupsOf([...library.all()], threshold) };
    cache.set(library, cached);
  }
  return withDiffs(cached.groups, opts);
}

/**
 * Every group, largest first. Grains are grouped together: a one-sentence paragraph in one
 * declaration is the same clause as a sentence inside a longer paragraph in another.
 */
function groupsOf(all: Clause[], threshold: number): Grouped[] {
  return groupsAmong(all, threshold).sort((a, b) => b.variants.length - a.variants.length || byStandard(a.standard, b.standard));
}

/** The groups asked for (one clause's, or the largest), with word diffs to the standard form. */
function withDiffs(all: Grouped[], opts: VariantOptions): LibraryVariantGroup[] {
  const { of } = opts;
  const groups = of === undefined ? all : all.filter((g) => g.standard.id === of || g.variants.some((v) => v.clause.id === of));
  return groups.slice(0, opts.limit ?? groups.length).map((g) => ({
    standard: g.standard,
    variants: g.variants.slice(0, opts.variantLimit ?? g.variants.length).map((v) => ({ ...v, diff: wordDiff(g.standard.text, v.clause.text) })),
    size: g.variants.length + 1,
  }));
}

function groupsAmong(list: Clause[], threshold: number): Grouped[] {
  const sets = list.map((c) => shingleSet(shinglesOf(c.text)));
  const signatures = sets.map(signatureOf);
  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let at = i; parent[at] !== root; ) {
      const next = parent[at] ?? root;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  // A paragraph and its own sentence overlap by construction; they are one text, not variants.
  const similar = (a: number, b: number) =>
    jaccard(sets[a] as Uint32Array, sets[b] as Uint32Array) >= threshold && !sameBlock(list[a] as Clause, list[b] as Clause);
  for (const bucket of bandBuckets(signatures)) {
    // Comparing with the bucket's first member (or the previous one) keeps a bucket of n
    // wordings linear instead of quadratic; a member unlike both still joins elsewhere if it
    // shares another band with its real twins.
    const first = bucket[0] as number;
    for (let k = 1; k < bucket.length; k++) {
      const member = bucket[k] as number;
      if (find(member) === find(first)) continue;
      if (similar(member, first)) parent[find(member)] = find(first);
      else if (similar(member, bucket[k - 1] as number)) parent[find(member)] = find(bucket[k - 1] as number);
    }
  }
  const members = new Map<number, number[]>();
  list.forEach((_, i) => {
    const root = find(i);
    const group = members.get(root);
    if (group) group.push(i);
    else members.set(root, [i]);
  });
  const groups: Grouped[] = [];
  for (const indexes of members.values()) {
    if (indexes.length < 2) continue;
    const ranked = rankForStandard(indexes.map((i) => list[i] as Clause)).map((k) => indexes[k] as number);
    const standardIndex = ranked[0] as number;
    const variants = ranked.slice(1).map((i) => ({
      clause: list[i] as Clause,
      similarity: jaccard(sets[i] as Uint32Array, sets[standardIndex] as Uint32Array),
    }));
    variants.sort((a, b) => b.similarity - a.similarity);
    groups.push({ standard: list[standardIndex] as Clause, variants });
  }
  return groups;
}

function sameBlock(a: Clause, b: Clause): boolean {
  return a.sources.some((s) => b.sources.some((t) => t.declarationId === s.declarationId && t.blockId === s.blockId));
}

/** What decides the standard form, computed once per wording rather than per comparison. */
interface StandardKey {
  declarations: number;
  sources: number;
  /** Earliest source date; undated sorts after every date. */
  earliest: string;
  id: string;
}

function standardKey(clause: Clause): StandardKey {
  return {
    declarations: new Set(clause.sources.map((s) => s.declarationId)).size,
    sources: clause.sources.length,
    earliest: clause.sources.reduce((min, s) => (s.date !== undefined && s.date < min ? s.date : min), '\uffff'),
    id: clause.id,
  };
}

/**
 * Orders wordings so the standard form comes first: used by the most declarations, then by
 * the most sources, then the earliest dated, then by id so the choice never flickers.
 */
function compareKeys(a: StandardKey, b: StandardKey): number {
  return b.declarations - a.declarations || b.sources - a.sources || a.earliest.localeCompare(b.earliest) || a.id.localeCompare(b.id);
}

function byStandard(a: Clause, b: Clause): number {
  return compareKeys(standardKey(a), standardKey(b));
}

/** Indexes into `clauses`, the standard form first. */
function rankForStandard(clauses: Clause[]): number[] {
  const keys = clauses.map(standardKey);
  return clauses.map((_, i) => i).sort((a, b) => compareKeys(keys[a] as StandardKey, keys[b] as StandardKey));
}
