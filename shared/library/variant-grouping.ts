/**
 * The variant groups of a whole library, kept as declarations come and go: a change regroups
 * only the documents it touches and the groups those share a band bucket with, never the library.
 *
 * The grouping is the connected parts (of two documents or more) of one graph. Within each LSH
 * bucket (band-table.ts; its documents in document order) every document is joined to the
 * bucket's first document and to the one just before it, when their shingle sets are alike
 * (Jaccard at least the threshold) and they are not one text (a paragraph and its own sentence
 * share a block). Two edges per document and bucket keep a bucket of n wordings linear, and
 * the graph is fixed by the documents alone, not by the order work was done in, so the groups
 * kept change by change are the groups a whole regrouping gives (tested).
 *
 * A new document is numbered above all others, so it only adds edges: to its buckets' first
 * and last documents. A dropped one changes the partners of those after it in its buckets;
 * the groups around are then split anew from the edges each document keeps (which pairs are
 * alike, which are edges and to whom), without comparing texts or looking up buckets again.
 */
import type { Clause } from '../model';
import { BandTable } from './band-table';
import { BANDS, bandHashes, jaccard, shingleSet, shinglesOf, signatureOf } from './minhash';
import { compareKeys } from './standard-form';
import type { StandardKey } from './standard-form';

/** What the grouping reads of a library, by document number. */
export interface GroupingDocs {
  /** Document numbers are below this; none is ever given twice. */
  readonly documents: number;
  isLive(doc: number): boolean;
  textOf(doc: number): string;
  clauseOf(doc: number): Clause;
  /** What decides whether a document's wording is its group's standard form. */
  standingOf(doc: number): StandardKey;
  /** Whether two documents have a source in the same block of one declaration. */
  shareBlock(a: number, b: number): boolean;
}

/**
 * One group: its standard form and all its documents. The same object comes back from one
 * `groups` to the next while the group stays as it was, so what is shown of it can be kept.
 */
export interface DocGroup {
  standard: number;
  members: readonly number[];
}

interface Group {
  members: number[];
  /** Undefined until ranked, and again when a change may have lowered it (see `changed`). */
  standard: { doc: number; key: StandardKey } | undefined;
  /** Members that came or got more sources since the standard was chosen: they may outrank it. */
  contenders: number[];
  shown: DocGroup | undefined;
  /** Merged into another or split: no longer one of the groups. */
  gone: boolean;
}

const STAR = (band: number) => 1 << (2 * band);
const CHAIN = (band: number) => 1 << (2 * band + 1);
const BAND_BITS = (band: number) => 3 << (2 * band);
const EDGES = 2 * BANDS;

/** See the module comment. */
export class VariantGrouping {
  private filed = new Uint8Array(0);
  private groupOf = new Int32Array(0);
  // Per document, two bits per band for the edges it owns (to the bucket's first, to the one
  // before it): whether the pair is alike, and whether the edge exists (alike, not one text).
  private alike = new Uint32Array(0);
  private edges = new Uint32Array(0);
  // The document at the other end of each edge a document owns (EDGES slots a document, in the
  // bits' order; -1 for none), so that a group is split anew without looking up its buckets.
  private partners = new Int32Array(0);
  private table: BandTable | undefined;
  private readonly groupsById = new Map<number, Group>();
  private nextGroup = 0;
  private readonly pending = new Set<number>();
  private ordered: Group[] | undefined;
  // Groups made, changed or gone since `ordered` was last brought up to date.
  private readonly moved = new Set<Group>();
  // Band hashes of each document filed (BANDS from doc * BANDS).
  private hashes = new Uint32Array(0);
  // Shingle sets, kept for the length of one update.
  private readonly sets = new Map<number, Uint32Array>();

  constructor(
    private readonly docs: GroupingDocs,
    readonly threshold: number,
  ) {}

  /** A document was added, dropped, or its sources changed; regrouped at the next `groups`. */
  touched(doc: number): void {
    if (this.table) this.pending.add(doc);
  }

  /** Every group, largest first, then by standard form. */
  groups(): DocGroup[] {
    if (!this.table) this.build();
    else if (this.pending.size > 0) this.update();
    const order = (a: Group, b: Group) => b.members.length - a.members.length || compareKeys(this.standardOf(a).key, this.standardOf(b).key);
    if (!this.ordered) this.ordered = [...this.groupsById.values()].sort(order);
    else if (this.moved.size > 0) {
      // Only the groups that moved are sorted again, then merged with the others in one pass.
      const fresh = [...this.moved].filter((group) => !group.gone).sort(order);
      this.ordered = merged(
        this.ordered.filter((group) => !this.moved.has(group)),
        fresh,
        order,
      );
    }
    this.moved.clear();
    return this.ordered.map((group) => (group.shown ??= { standard: this.standardOf(group).doc, members: group.members }));
  }

  /** The whole grouping, bucket by bucket. */
  private build(): void {
    this.grow(this.docs.documents);
    const live: number[] = [];
    for (let doc = 0; doc < this.docs.documents; doc++) if (this.docs.isLive(doc)) live.push(doc);
    for (const doc of live) {
      this.hashes.set(bandHashes(signatureOf(this.setOf(doc))), doc * BANDS);
      this.filed[doc] = 1;
    }
    this.table = new BandTable(Int32Array.from(live), this.hashes, (doc) => this.filed[doc] === 1);
    this.table.forEachBucket((band, members) => {
      for (let k = 1; k < members.length; k++) {
        const doc = members[k] as number;
        this.own(doc, band, members[0] as number, k > 1 ? members[k - 1] : undefined);
        this.joinOwned(doc, band, members, k);
      }
    });
    this.sets.clear();
  }

  /** Applies the pending changes: drops, then changed sources, then adds (numbered above all). */
  private update(): void {
    const table = this.table as BandTable;
    this.grow(this.docs.documents);
    const touched = [...this.pending].sort((a, b) => a - b);
    this.pending.clear();
    const dropped = touched.filter((doc) => this.filed[doc] === 1 && !this.docs.isLive(doc));
    const kept = touched.filter((doc) => this.filed[doc] === 1 && this.docs.isLive(doc));
    const added = touched.filter((doc) => this.filed[doc] !== 1 && this.docs.isLive(doc));
    const seeds = new Set<number>();
    this.drop(dropped, seeds);
    this.resourced(kept, seeds);
    this.regroup(seeds);
    for (const doc of added) {
      const hashes = bandHashes(signatureOf(this.setOf(doc)));
      this.hashes.set(hashes, doc * BANDS);
      hashes.forEach((hash, band) => {
        const members = table.members(band, hash);
        if (members.length === 0) return;
        const first = members[0] as number;
        const last = members[members.length - 1] as number;
        this.own(doc, band, first, last === first ? undefined : last);
        members.push(doc);
        this.joinOwned(doc, band, members, members.length - 1);
      });
      this.filed[doc] = 1;
      table.file(doc, hashes);
    }
    this.sets.clear();
  }

  /**
   * Unfiles dropped documents, whose groups are regrouped. In each of their buckets, a document
   * whose first or previous partner changed gets its edges recomputed; with a new edge, it and
   * its new partner are regrouped too.
   */
  private drop(dropped: number[], seeds: Set<number>): void {
    const table = this.table as BandTable;
    const buckets = new Map<number, { band: number; hash: number; before: number[] }>();
    for (const doc of dropped) {
      this.hashesOf(doc).forEach((hash, band) => {
        const key = band * 0x100000000 + hash;
        if (!buckets.has(key)) buckets.set(key, { band, hash, before: table.members(band, hash) });
      });
    }
    for (const doc of dropped) {
      this.filed[doc] = 0;
      seeds.add(doc);
    }
    for (const { band, hash, before } of buckets.values()) {
      const after = table.members(band, hash);
      const was = new Map(before.map((doc, k) => [doc, k]));
      after.forEach((doc, k) => {
        const old = was.get(doc) as number;
        const oldFirst = old > 0 ? before[0] : undefined;
        const oldPrevious = old > 1 ? before[old - 1] : undefined;
        const first = k > 0 ? after[0] : undefined;
        const previous = k > 1 ? after[k - 1] : undefined;
        if (first === oldFirst && previous === oldPrevious) return;
        if (first === undefined) this.clearBand(doc, band);
        else this.own(doc, band, first, previous);
        // An edge lost went to a dropped document, whose group is regrouped anyway.
        if (((this.edges[doc] as number) & BAND_BITS(band)) === 0) return;
        seeds.add(doc);
        if (first !== undefined) seeds.add(first);
        if (previous !== undefined) seeds.add(previous);
      });
    }
  }

  /**
   * Documents whose sources changed: their group's standard form is chosen again, and an edge
   * between two of them is re-checked, since only such a pair can have come to share a block
   * or ceased to (both have a source in the declaration that came or went).
   */
  private resourced(kept: number[], seeds: Set<number>): void {
    const table = this.table as BandTable;
    const resourced = new Set(kept);
    for (const doc of kept) {
      const group = this.groupsById.get(this.groupOf[doc] as number);
      // Its standing may have gone down: only as the standard form does that matter.
      if (group) this.changed(group, group.standard?.doc === doc ? undefined : [doc]);
      this.hashesOf(doc).forEach((hash, band) => {
        const members = table.members(band, hash);
        const k = position(members, doc);
        // The edge slots of this band: to the bucket's first, to the previous document.
        const partners: [number | undefined, number][] = [
          [k > 0 ? members[0] : undefined, 2 * band],
          [k > 1 ? members[k - 1] : undefined, 2 * band + 1],
        ];
        for (const [partner, slot] of partners) {
          const bit = 1 << slot;
          if (partner === undefined || !resourced.has(partner) || ((this.alike[doc] as number) & bit) === 0) continue;
          const edge = !this.docs.shareBlock(doc, partner);
          if (edge === (((this.edges[doc] as number) & bit) !== 0)) continue;
          this.edges[doc] = (edge ? (this.edges[doc] as number) | bit : (this.edges[doc] as number) & ~bit) >>> 0;
          this.partners[doc * EDGES + slot] = edge ? partner : -1;
          seeds.add(doc);
          seeds.add(partner);
        }
      });
    }
  }

  /** The groups of the seeds (and the seeds) split into connected parts anew, from the edge bits. */
  private regroup(seeds: Set<number>): void {
    if (seeds.size === 0) return;
    const region = new Map<number, number>();
    const enter = (doc: number) => {
      if (this.filed[doc] === 1 && !region.has(doc)) region.set(doc, region.size);
    };
    for (const seed of seeds) {
      const id = this.groupOf[seed] as number;
      const group = this.groupsById.get(id);
      enter(seed);
      if (this.filed[seed] !== 1) this.groupOf[seed] = -1;
      if (!group) continue;
      for (const doc of group.members) enter(doc);
      this.groupsById.delete(id);
      this.gone(group);
    }
    const parent = Array.from(region.keys(), (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i] as number] as number;
        i = parent[i] as number;
      }
      return i;
    };
    const union = (a: number, b: number | undefined) => {
      const j = b === undefined ? undefined : region.get(b);
      if (j !== undefined) parent[find(a)] = find(j);
    };
    for (const [doc, i] of region) {
      this.groupOf[doc] = -1;
      const edges = this.edges[doc] as number;
      if (edges === 0) continue;
      // The bits say which edges exist; a slot is read only for those.
      for (let slot = 0; slot < EDGES; slot++) if (edges & (1 << slot)) union(i, this.partners[doc * EDGES + slot]);
    }
    const parts = new Map<number, number[]>();
    for (const [doc, i] of region) {
      const root = find(i);
      const part = parts.get(root);
      if (part) part.push(doc);
      else parts.set(root, [doc]);
    }
    for (const members of parts.values()) {
      if (members.length < 2) continue;
      const id = this.nextGroup++;
      members.sort((a, b) => a - b);
      for (const doc of members) this.groupOf[doc] = id;
      this.made(id, members);
    }
  }

  /** Sets a document's bits for one band: is it alike its bucket's first and previous document, and is each an edge. */
  private own(doc: number, band: number, first: number, previous: number | undefined): void {
    this.clearBand(doc, band);
    for (const [partner, bit] of [
      [first, STAR(band)],
      [previous, CHAIN(band)],
    ] as const) {
      if (partner === undefined || jaccard(this.setOf(doc), this.setOf(partner)) < this.threshold) continue;
      this.alike[doc] = ((this.alike[doc] as number) | bit) >>> 0;
      if (this.docs.shareBlock(doc, partner)) continue;
      this.edges[doc] = ((this.edges[doc] as number) | bit) >>> 0;
      this.partners[doc * EDGES + (bit === STAR(band) ? 2 * band : 2 * band + 1)] = partner;
    }
  }

  private clearBand(doc: number, band: number): void {
    this.alike[doc] = (this.alike[doc] as number) & ~BAND_BITS(band);
    this.edges[doc] = (this.edges[doc] as number) & ~BAND_BITS(band);
    this.partners.fill(-1, doc * EDGES + 2 * band, doc * EDGES + 2 * band + 2);
  }

  /** Joins the groups along the edges a document at position `k` of a bucket owns. */
  private joinOwned(doc: number, band: number, members: ArrayLike<number>, k: number): void {
    const edges = this.edges[doc] as number;
    if (edges & STAR(band)) this.join(doc, members[0] as number);
    if (edges & CHAIN(band)) this.join(doc, members[k - 1] as number);
  }

  /** One group of two documents' groups, the smaller moved into the larger. */
  private join(a: number, b: number): void {
    const ga = this.groupsById.get(this.groupOf[a] as number);
    const gb = this.groupsById.get(this.groupOf[b] as number);
    if (ga && ga === gb) return;
    if (!ga || !gb) {
      const into = ga ?? gb;
      const lone = ga ? b : a;
      if (!into) this.made(this.nextGroup, [a, b]);
      else {
        into.members.push(lone);
        this.changed(into, [lone]);
      }
      const id = into ? (this.groupOf[into === ga ? a : b] as number) : this.nextGroup++;
      this.groupOf[a] = id;
      this.groupOf[b] = id;
      return;
    }
    const [into, from] = ga.members.length >= gb.members.length ? [ga, gb] : [gb, ga];
    const id = this.groupOf[(into === ga ? a : b)] as number;
    this.groupsById.delete(this.groupOf[(into === ga ? b : a)] as number);
    this.gone(from);
    for (const doc of from.members) {
      into.members.push(doc);
      this.groupOf[doc] = id;
    }
    this.changed(into, from.standard ? [from.standard.doc, ...from.contenders] : from.members);
  }

  /**
   * Forgets what was shown of a group that changed. Its standard form is kept when the change
   * can only have raised `contenders` (members joined, sources added), else chosen again.
   */
  private changed(group: Group, contenders?: readonly number[]): void {
    group.shown = undefined;
    this.moved.add(group);
    if (!contenders || !group.standard) group.standard = undefined;
    else for (const doc of contenders) group.contenders.push(doc);
  }

  private made(id: number, members: number[]): void {
    const group: Group = { members, standard: undefined, contenders: [], shown: undefined, gone: false };
    this.groupsById.set(id, group);
    this.moved.add(group);
  }

  private gone(group: Group): void {
    group.gone = true;
    this.moved.add(group);
  }

  /** The group's standard form: the kept one against the contenders, or chosen among all members. */
  private standardOf(group: Group): { doc: number; key: StandardKey } {
    let best = group.standard;
    for (const doc of best ? group.contenders : group.members) {
      const key = this.docs.standingOf(doc);
      if (!best || compareKeys(key, best.key) < 0) best = { doc, key };
    }
    group.contenders = [];
    group.standard = best as { doc: number; key: StandardKey };
    return group.standard;
  }

  private setOf(doc: number): Uint32Array {
    let set = this.sets.get(doc);
    if (!set) this.sets.set(doc, (set = shingleSet(shinglesOf(this.docs.textOf(doc)))));
    return set;
  }

  private hashesOf(doc: number): Uint32Array {
    return this.hashes.subarray(doc * BANDS, doc * BANDS + BANDS);
  }

  /** Room for documents numbered below `documents`. */
  private grow(documents: number): void {
    if (documents <= this.filed.length) return;
    const room = Math.max(documents, Math.ceil(this.filed.length * 1.25));
    const grown = <T extends Uint8Array | Int32Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const next = make(room);
      next.set(old);
      return next;
    };
    this.filed = grown(this.filed, (n) => new Uint8Array(n));
    const groupOf = grown(this.groupOf, (n) => new Int32Array(n));
    groupOf.fill(-1, this.groupOf.length);
    this.groupOf = groupOf;
    this.alike = grown(this.alike, (n) => new Uint32Array(n));
    this.edges = grown(this.edges, (n) => new Uint32Array(n));
    const partners = new Int32Array(room * EDGES).fill(-1);
    partners.set(this.partners);
    this.partners = partners;
    const hashes = new Uint32Array(room * BANDS);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }
}

/** Two lists sorted by `order` as one. */
function merged<T>(a: T[], b: T[], order: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && order(a[i] as T, b[j] as T) <= 0)) out.push(a[i++] as T);
    else out.push(b[j++] as T);
  }
  return out;
}

/** Where a document is in a bucket's ascending list. */
function position(members: readonly number[], doc: number): number {
  let lo = 0;
  let hi = members.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((members[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
