/**
 * The spaces String.prototype.trim removes (the same set as /\s/), read by code in place: the
 * reader finds where a line or a block ends without copying it to trim it.
 */
import { isWhitespace } from './whitespace';

/** True when the character at `at` is one trim() removes. */
export function isSpaceAt(text: string, at: number): boolean {
  return isWhitespace(text.charCodeAt(at));
}

/** Where text[start, end) begins once its leading spaces are skipped (`end` when it is blank). */
export function trimmedStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isSpaceAt(text, at)) at++;
  return at;
}

/** Where text[start, end) ends once its trailing spaces are dropped (`start` when it is blank). */
export function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isSpaceAt(text, at - 1)) at--;
  return at;
}
