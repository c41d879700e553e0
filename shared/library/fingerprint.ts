/**
 * Cheap, synchronous text fingerprints. Clause ids and provenance hashes must be computable in
 * Node and the browser alike, without awaiting crypto.subtle, so they use a 53-bit string hash:
 * collisions are negligible at the scale of a clause library (10^5..10^6 texts).
 */

/** A 53-bit hash of a string as 14 hex digits; equal strings always give equal hashes. */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

// Characters NFC leaves as they are: below the combining marks, and general punctuation
// (dashes, quotes, bullets) past the spaces U+2000-U+200F, two of which NFC replaces.
const NFC_STABLE = /^[\u0000-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
const CURLY = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033]/;
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * The form under which two clause texts count as "the same text": Unicode-normalized, curly
 * quotes straightened, whitespace collapsed. Case and punctuation stay significant, because
 * in agreed language they are part of what was agreed.
 */
export function sameTextForm(text: string): string {
  if (isPlainForm(text)) return text;
  // Each step only when needed: nearly every clause is NFC already and singly spaced.
  let form = NFC_STABLE.test(text) ? text : text.normalize('NFC');
  if (CURLY.test(form)) form = form.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
  if (UNEVEN_SPACE.test(form)) form = form.replace(/\s+/g, ' ').trim();
  return form;
}

/**
 * Whether a text is ASCII, singly spaced and trimmed, and so its own same-text form: one scan of
 * character codes instead of three regexes over every clause of a big import.
 */
function isPlainForm(text: string): boolean {
  if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 9 && code <= 13) || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return true;
}
