/**
 * MinHash signatures over word shingles, and locality-sensitive hashing to find texts whose
 * signatures agree on a whole band: near-duplicates are found without comparing every pair.
 * With 64 hashes in 16 bands of 4, pairs with Jaccard similarity 0.5 meet in some band about
 * 65% of the time, pairs at 0.7 about 98%, pairs at 0.3 about 12%.
 */
import { sharedCount } from '../sorted';
import { foldWord, wordList } from './terms';

/** Hashes per signature. */
export const SIGNATURE_SIZE = 64;
/** Bands per signature. */
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Murmur3's finalizer: spreads a 32-bit value so that each seed acts as its own permutation. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/**
 * The hashed k-word shingles of a text (folded words, function words kept, since they carry
 * the difference between "shall" and "should"). A text shorter than k words is one shingle.
 */
export function shinglesOf(text: string, k = 3): Uint32Array {
  const words = wordList(text).map((word) => fnv1a(foldWord(word)));
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // Chained mixing keeps word order: "a b c" and "c b a" hash apart.
    let h = 0;
    for (let j = i; j < Math.min(i + k, words.length); j++) h = mix(h ^ (words[j] ?? 0));
    out[i] = h;
  }
  return out;
}

/** The distinct shingle hashes in ascending order: the set `jaccard` compares. */
export function shingleSet(shingles: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(shingles).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i] as number;
  return sorted.subarray(0, kept);
}

/** Exact Jaccard similarity of two shingle sets from `shingleSet`, 0..1. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const shared = sharedCount(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** The MinHash signature of a set of shingle hashes. */
export function signatureOf(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(shingle ^ (SEEDS[i] ?? 0));
      if (h < (signature[i] ?? 0)) signature[i] = h;
    }
  }
  return signature;
}

/** One hash per band of a signature (BANDS of them): two texts sharing a band's hash are candidate near-duplicates. */
export function bandHashes(signature: Uint32Array): Uint32Array {
  const hashes = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    // One number per band: a collision only adds a candidate, which verification drops.
    let h = band;
    for (let row = band * ROWS; row < band * ROWS + ROWS; row++) h = mix(h ^ (signature[row] ?? 0));
    hashes[band] = h;
  }
  return hashes;
}

/**
 * `bandHashes` as one key per band, the band in the high bits: keys stay below 2^36, so they
 * fit a database bigint and a JavaScript number alike.
 */
export function bandKeys(signature: Uint32Array): number[] {
  return Array.from(bandHashes(signature), (h, band) => band * 0x100000000 + h);
}
