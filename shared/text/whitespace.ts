/**
 * Whitespace as JavaScript's /\s/u reads it, for one UTF-16 unit: for loops over every character
 * of a text, where a regular expression tested on a one-character string costs a string each time.
 */

const WHITESPACE = /\s/u;

/** Whether a UTF-16 unit is whitespace as /\s/u reads it (a lone surrogate is not). */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}
