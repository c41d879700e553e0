/**
 * A test of one character against a Unicode class, fast where it runs on every character of a
 * text: ASCII letters and digits by range, other code points by the pattern once, then cached.
 */

/** A test for code points: ASCII letters and digits pass, others as `pattern` says. */
export function codePointTest(pattern: RegExp): (cp: number) => boolean {
  const cache = new Map<number, boolean>();
  return (cp) => {
    if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
    let pass = cache.get(cp);
    if (pass === undefined) {
      pass = pattern.test(String.fromCodePoint(cp));
      cache.set(cp, pass);
    }
    return pass;
  };
}
