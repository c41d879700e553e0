/** Writing numbers the way declarations number things: roman numerals and letter sequences. */

const ROMAN_TABLE: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Upper-case roman numeral of n (1 -> "I"). */
export function romanNumeral(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN_TABLE) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Letter sequence as UN documents and Word write it: a ... z, then aa, bb, ... */
export function letterNumeral(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The ordinal words declarations number paragraphs with ("First, ...", "Secondly, ..."), in order. */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'] as const;

/** The value of an ordinal word ("Third" -> 3), whatever its case; 0 for any other word. */
export function ordinalValue(word: string): number {
  return (ORDINAL_WORDS as readonly string[]).indexOf(word.toLowerCase()) + 1;
}
