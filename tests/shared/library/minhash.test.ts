import { describe, expect, it } from 'vitest';
import { bandHashes, jaccard, shingleSet, shinglesOf, signatureOf } from '../../../shared/library/minhash';

const set = (text: string) => shingleSet(shinglesOf(text));
const BASE = 'we will safeguard the multilateral trading system with the WTO at its core and oppose protectionism';

describe('shingle similarity', () => {
  it.each<[string, string, number]>([
    ['the same text', BASE, 1],
    ['the same words in another case and punctuation', BASE.toUpperCase().replace(/ /g, ', '), 1],
    ['one word changed', BASE.replace('will', 'shall'), 12 / 16],
    ['the words in reverse order', BASE.split(' ').reverse().join(' '), 0],
    ['an unrelated sentence', 'public health security is a common challenge that we all face today', 0],
  ])('of a clause and %s', (_name, other, expected) => {
    expect(jaccard(set(BASE), set(other))).toBeCloseTo(expected, 5);
  });

  it('puts near-duplicates in a shared band and leaves unrelated text out', () => {
    const texts = [BASE, BASE.replace('will', 'shall'), 'public health security is a common challenge that we all face today'];
    const [base, shall, other] = texts.map((t) => [...bandHashes(signatureOf(set(t)))]);
    const shared = (a: number[] = [], b: number[] = []) => a.some((hash, band) => hash === b[band]);
    expect([shared(base, shall), shared(base, other), shared(shall, other)]).toEqual([true, false, false]);
  });
});
