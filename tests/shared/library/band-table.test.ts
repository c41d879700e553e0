import { describe, expect, it } from 'vitest';
import { BandTable } from '../../../shared/library/band-table';
import { BANDS } from '../../../shared/library/minhash';
import { seededRandom } from '../../../shared/random';

describe('band table', () => {
  it('lists the documents of a hash in order, through later filings, merges and dropped documents', () => {
    const random = seededRandom(5);
    // Few distinct hashes per band, spread over the high bits, so buckets are crowded.
    const hashesOf = () => Uint32Array.from({ length: BANDS }, () => Math.imul(1 + Math.floor(random() * 300), 0x9e3779b1) >>> 0);
    const all: Uint32Array[] = [];
    const filed = new Set<number>();
    for (let doc = 0; doc < 1000; doc++) {
      all.push(hashesOf());
      filed.add(doc);
    }
    const table = new BandTable(Int32Array.from(filed), Uint32Array.from(all.flatMap((h) => [...h])), (doc) => filed.has(doc));
    // Past the merge point (4,096 later documents), dropping some on the way.
    for (let doc = 1000; doc < 7000; doc++) {
      all.push(hashesOf());
      table.file(doc, all[doc] as Uint32Array);
      filed.add(doc);
      if (random() < 0.2) filed.delete(Math.floor(random() * doc));
    }
    const expected = (band: number, hash: number) => [...filed].filter((doc) => all[doc]?.[band] === hash).sort((a, b) => a - b);
    for (const band of [0, 7, BANDS - 1]) {
      for (const hash of new Set(all.map((h) => h[band] as number))) expect(table.members(band, hash)).toEqual(expected(band, hash));
    }
  });
});
