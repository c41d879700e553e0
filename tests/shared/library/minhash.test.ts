import { describe, expect, it } from 'vitest';
import { shinglesOf, signatureOf, signatureSimilarity } from '../../../shared/library/minhash';

const similarity = (a: string, b: string) => signatureSimilarity(signatureOf(shinglesOf(a)), signatureOf(shinglesOf(b)));
const BASE = 'we will safeguard the multilateral trading system with the WTO at its core and oppose protectionism';

describe('MinHash similarity', () => {
  it.each<[string, string, number, number]>([
    ['the same text', BASE, 1, 1],
    ['the same words in another case and punctuation', BASE.toUpperCase().replace(/ /g, ', '), 1, 1],
    ['one word changed', BASE.replace('will', 'shall'), 0.6, 0.95],
    ['the words in reverse order', BASE.split(' ').reverse().join(' '), 0, 0.15],
    ['an unrelated sentence', 'public health security is a common challenge that we all face today', 0, 0.15],
  ])('of a clause and %s', (_name, other, least, most) => {
    const value = similarity(BASE, other);
    expect(value).toBeGreaterThanOrEqual(least);
    expect(value).toBeLessThanOrEqual(most);
  });
});
