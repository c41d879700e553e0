/**
 * Variants: the near-identical wordings of one clause across declarations, grouped, with the
 * most common wording marked as the standard form (standard-form.ts). Candidates come from
 * MinHash/LSH over word shingles, are confirmed by shingle similarity, and joined transitively
 * (variant-grouping.ts, which keeps a library's groups as declarations come and go).
 */
import { wordDiff } from '../diff/words';
import type { Clause } from '../model';
import type { ClauseLibrary } from './library';
import { jaccard, shingleSet, shinglesOf } from './minhash';
import type { LibraryVariant, LibraryVariantGroup } from './schemas';
import { rankForStandard, standardKey } from './standard-form';
import { VariantGrouping } from './variant-grouping';
import type { DocGroup, GroupingDocs } from './variant-grouping';

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

/**
 * Groups near-identical clauses; clauses without a near-twin are left out.
 * Largest groups first.
 */
export function variantGroups(clauses: Iterable<Clause>, opts: VariantOptions = {}): LibraryVariantGroup[] {
  const list = [...clauses];
  const docs: GroupingDocs = {
    documents: list.length,
    isLive: () => true,
    textOf: (doc) => (list[doc] as Clause).text,
    clauseOf: (doc) => list[doc] as Clause,
    standingOf: (doc) => standardKey(list[doc] as Clause),
    shareBlock: (a, b) => sameBlock(list[a] as Clause, list[b] as Clause),
  };
  return withDiffs(docs, new VariantGrouping(docs, opts.threshold ?? 0.5).groups(), opts);
}

const groupings = new WeakMap<ClauseLibrary, { grouping: VariantGrouping; unwatch: () => void }>();

// One clause's group: near-twins looked up from this many members, at most this many wordings.
const GROWN_FROM = 8;
const RELATED_PER_MEMBER = 40;
const MAX_GROUP = 500;

/**
 * `variantGroups` over a library. One clause's group (the variants panel) is grown from that
 * clause alone: its near-twins are found through the search index (they share its rarest
 * words), confirmed by shingle similarity, and their own twins joined in turn, so the answer
 * costs milliseconds at a million clauses. The list of all groups is computed whole when first
 * asked for, then kept: each change regroups only what it touches (variant-grouping.ts).
 */
export function libraryVariants(library: ClauseLibrary, opts: VariantOptions = {}): LibraryVariantGroup[] {
  const threshold = opts.threshold ?? 0.5;
  if (opts.of !== undefined) {
    const wordings = groupAround(library, opts.of, threshold);
    return wordings.length > 1 ? [groupOfWordings(wordings, opts.variantLimit)] : [];
  }
  let kept = groupings.get(library);
  if (kept?.grouping.threshold !== threshold) {
    kept?.unwatch();
    const grouping = new VariantGrouping(library, threshold);
    kept = { grouping, unwatch: library.watch((doc) => grouping.touched(doc)) };
    groupings.set(library, kept);
  }
  return withDiffs(library, kept.grouping.groups(), opts);
}

/** The wordings joined to one clause through confirmed near-twins; just that clause when it has none. */
function groupAround(library: ClauseLibrary, id: string, threshold: number): Clause[] {
  const seed = library.get(id);
  if (!seed) return [];
  const members = new Map<string, { clause: Clause; set: Uint32Array }>([[id, { clause: seed, set: shingleSet(shinglesOf(seed.text)) }]]);
  const queue = [id];
  for (let grown = 0; grown < queue.length && grown < GROWN_FROM && members.size < MAX_GROUP; grown++) {
    const from = members.get(queue[grown] as string);
    if (!from) continue;
    for (const candidate of library.related(from.clause.text, RELATED_PER_MEMBER)) {
      if (members.has(candidate.id) || members.size >= MAX_GROUP) continue;
      const set = shingleSet(shinglesOf(candidate.text));
      if (jaccard(from.set, set) < threshold || sameBlock(from.clause, candidate)) continue;
      members.set(candidate.id, { clause: candidate, set });
      queue.push(candidate.id);
    }
  }
  return [...members.values()].map((m) => m.clause);
}

/**
 * One group from its wordings (at least two), found by any means (a database's band table):
 * the standard form chosen as everywhere else, the closest variants first, with word diffs.
 */
export function groupOfWordings(wordings: Clause[], variantLimit?: number): LibraryVariantGroup {
  const [standard = 0, ...others] = rankForStandard(wordings);
  return withVariants(wordings[standard] as Clause, others.map((i) => wordings[i] as Clause), variantLimit);
}

// A group shown is kept while the grouping gives the same group object (it has not changed).
const shown = new WeakMap<DocGroup, { variantLimit: number | undefined; group: LibraryVariantGroup }>();

/** The groups asked for (one clause's, or the largest), with word diffs to the standard form. */
function withDiffs(docs: GroupingDocs, all: DocGroup[], opts: VariantOptions): LibraryVariantGroup[] {
  const { of, variantLimit } = opts;
  const groups = of === undefined ? all : all.filter((g) => g.members.some((doc) => docs.clauseOf(doc).id === of));
  return groups.slice(0, opts.limit ?? groups.length).map((g) => {
    const kept = shown.get(g);
    if (kept && kept.variantLimit === variantLimit) return kept.group;
    const others = g.members.filter((doc) => doc !== g.standard).map((doc) => docs.clauseOf(doc));
    const group = withVariants(docs.clauseOf(g.standard), others, variantLimit);
    shown.set(g, { variantLimit, group });
    return group;
  });
}

/** A group of a standard form and its other wordings: the closest first, with word diffs. */
function withVariants(standard: Clause, others: Clause[], variantLimit: number | undefined): LibraryVariantGroup {
  const base = shingleSet(shinglesOf(standard.text));
  const variants: Omit<LibraryVariant, 'diff'>[] = others
    .map((clause) => ({ clause, similarity: jaccard(shingleSet(shinglesOf(clause.text)), base) }))
    .sort((a, b) => b.similarity - a.similarity);
  return {
    standard,
    variants: variants.slice(0, variantLimit ?? variants.length).map((v) => ({ ...v, diff: wordDiff(standard.text, v.clause.text) })),
    size: variants.length + 1,
  };
}

function sameBlock(a: Clause, b: Clause): boolean {
  return a.sources.some((s) => b.sources.some((t) => t.declarationId === s.declarationId && t.blockId === s.blockId));
}
