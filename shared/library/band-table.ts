/**
 * The LSH buckets of a whole library (minhash.ts), one table per band: for a band's hash, the
 * documents filed under it, in document order. Made for a million documents: the bulk is a
 * sorted pair of typed arrays per band (8 bytes a document and band, found through a directory
 * of the hash's high 16 bits) instead of 16 million map entries; documents filed later wait in
 * a small map until there are enough of them to merge in. A document dropped from the library
 * is left in place and skipped (`isFiled`), until the next merge leaves it out.
 */
import { BANDS } from './minhash';

const BIN_BITS = 16;
const BINS = 1 << BIN_BITS;
// Later documents are merged in once they are this share of the table (or this many).
const MERGE_SHARE = 1 / 4;
const MERGE_MIN = 4096;

interface Band {
  hashes: Uint32Array;
  docs: Int32Array;
  /** Where each bin of high bits starts in `hashes`, and where the last ends. */
  bins: Uint32Array;
}

/** See the module comment. */
export class BandTable {
  private bands: Band[];
  private later: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  private laterCount = 0;

  /**
   * A table of documents in ascending order, with the band hashes of every document number
   * (BANDS from `doc * BANDS`); `isFiled` says whether a document is still one of them.
   */
  constructor(docs: Int32Array, hashes: Uint32Array, private readonly isFiled: (doc: number) => boolean) {
    this.bands = Array.from({ length: BANDS }, (_, band) => {
      const column = new Uint32Array(docs.length);
      for (let i = 0; i < docs.length; i++) column[i] = hashes[(docs[i] as number) * BANDS + band] as number;
      return sortedBand(column, docs);
    });
  }

  /** The filed documents sharing a band's hash, ascending. */
  members(band: number, hash: number): number[] {
    const { hashes, docs, bins } = this.bands[band] as Band;
    const out: number[] = [];
    const bin = hash >>> (32 - BIN_BITS);
    const end = bins[bin + 1] as number;
    for (let at = bins[bin] as number; at < end; at++) {
      if (hashes[at] === hash && this.isFiled(docs[at] as number)) out.push(docs[at] as number);
    }
    for (const doc of this.later[band]?.get(hash) ?? []) if (this.isFiled(doc)) out.push(doc);
    return out;
  }

  /** Each hash of each band filed under by two documents or more, with its documents (ascending); before any `file`. */
  forEachBucket(visit: (band: number, docs: Int32Array) => void): void {
    this.bands.forEach(({ hashes, docs }, band) => {
      for (let start = 0, end = 1; start < hashes.length; start = end++) {
        while (end < hashes.length && hashes[end] === hashes[start]) end++;
        if (end - start > 1) visit(band, docs.subarray(start, end));
      }
    });
  }

  /** Files a document numbered above every one filed so far, under its BANDS hashes. */
  file(doc: number, hashes: Uint32Array): void {
    // Merged before filing, so that the document is never left out for not yet being filed.
    if (this.laterCount >= Math.max(MERGE_MIN, (this.bands[0]?.docs.length ?? 0) * MERGE_SHARE)) this.merge();
    hashes.forEach((hash, band) => {
      const later = this.later[band] as Map<number, number[]>;
      const list = later.get(hash);
      if (list) list.push(doc);
      else later.set(hash, [doc]);
    });
    this.laterCount++;
  }

  /** The later documents merged into the sorted arrays, dropped documents left out. */
  private merge(): void {
    this.bands = this.bands.map((band, b) => {
      const hashes: number[] = [];
      const docs: number[] = [];
      for (let at = 0; at < band.docs.length; at++) {
        if (!this.isFiled(band.docs[at] as number)) continue;
        hashes.push(band.hashes[at] as number);
        docs.push(band.docs[at] as number);
      }
      for (const [hash, list] of this.later[b] as Map<number, number[]>) {
        for (const doc of list) {
          if (!this.isFiled(doc)) continue;
          hashes.push(hash);
          docs.push(doc);
        }
      }
      return sortedBand(Uint32Array.from(hashes), Int32Array.from(docs));
    });
    this.later = Array.from({ length: BANDS }, () => new Map());
    this.laterCount = 0;
  }
}

/**
 * One band sorted by hash, documents of one hash kept in the order given: a stable counting
 * sort on the high bits, then a stable insertion sort within each (short) bin.
 */
function sortedBand(hashes: Uint32Array, docs: Int32Array): Band {
  const bins = new Uint32Array(BINS + 1);
  for (const hash of hashes) bins[(hash >>> (32 - BIN_BITS)) + 1] = (bins[(hash >>> (32 - BIN_BITS)) + 1] as number) + 1;
  for (let bin = 0; bin < BINS; bin++) bins[bin + 1] = (bins[bin + 1] as number) + (bins[bin] as number);
  const fill = bins.slice(0, BINS);
  const sortedHashes = new Uint32Array(hashes.length);
  const sortedDocs = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i] as number;
    const bin = hash >>> (32 - BIN_BITS);
    const at = fill[bin] as number;
    fill[bin] = at + 1;
    sortedHashes[at] = hash;
    sortedDocs[at] = docs[i] as number;
  }
  for (let bin = 0; bin < BINS; bin++) {
    const start = bins[bin] as number;
    const end = bins[bin + 1] as number;
    for (let i = start + 1; i < end; i++) {
      const hash = sortedHashes[i] as number;
      const doc = sortedDocs[i] as number;
      let j = i - 1;
      for (; j >= start && (sortedHashes[j] as number) > hash; j--) {
        sortedHashes[j + 1] = sortedHashes[j] as number;
        sortedDocs[j + 1] = sortedDocs[j] as number;
      }
      sortedHashes[j + 1] = hash;
      sortedDocs[j + 1] = doc;
    }
  }
  return { hashes: sortedHashes, docs: sortedDocs, bins };
}
