/**
 * Reading lists of parties (states, organisations) out of the sentences that name them:
 * "* The following countries ...: the Republic of Belarus, the Kingdom of Cambodia, ... and
 * Nepal." or one name per line. The names are kept as written, minus list glue ("and", "etc.",
 * a leading lowercase "the").
 */

/** Lowercase words allowed inside a name ("Republic of the Union of Myanmar"). */
const NAME_GLUE = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'les', 'el', 'y', 'e', 'für', 'und', 'van', 'von', 'al', 'da', 'do', 'dos', "d'", 'del', 'under', 'at', 'to']);

/** True when a short text reads as a proper name: every word capitalized or list glue. */
export function isNameLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 20 || text.length > 160) return false;
  if (!/^[\p{Lu}\d“"(]/u.test(words[0] ?? '')) return false;
  return words.every((w) => NAME_GLUE.has(w.toLowerCase()) || /^[\p{Lu}\d(“"'‘-]/u.test(w));
}

/** One item of a list, stripped of list glue, or '' when nothing of a name is left. */
function tidyName(item: string): string {
  const name = item
    .trim()
    .replace(/^(?:and|or)\s+/, '')
    .replace(/^the\s+/, '')
    .replace(/[.;,]+$/, '')
    .trim();
  return /^(?:etc|and others|among others)$/i.test(name) ? '' : name;
}

/** Splits "A and B" when both sides are names, the usual way a list ends. */
function splitLastAnd(item: string): string[] {
  const at = item.lastIndexOf(' and ');
  if (at < 0) return [item];
  const left = item.slice(0, at);
  const right = item.slice(at + 5).replace(/^the\s+/, '');
  const short = (s: string) => s.trim().split(/\s+/).length <= 4;
  return short(left) && short(right) && isNameLike(right) ? [left, right] : [item];
}

/**
 * The names listed in a text: what follows its first colon (or the whole text when it is just
 * a list), up to the end of that sentence. Returns [] unless at least two names are found.
 */
export function parsePartyList(text: string): string[] {
  const colon = text.indexOf(':');
  let list = colon >= 0 ? text.slice(colon + 1) : text;
  // The list ends with its sentence: a period after a lowercase word, before a new sentence.
  const end = /[\p{Ll})\]]\.(?=\s+\p{Lu}|\s*$)/u.exec(list);
  if (end) list = list.slice(0, end.index + 1);
  const items = list.split(/\s*[,;\n]\s*/).map(tidyName).filter((s) => s !== '');
  const last = items.pop();
  if (last !== undefined) items.push(...splitLastAnd(last));
  const names = items.filter(isNameLike);
  if (names.length < 2 || names.length < items.length * 0.8) return [];
  return names;
}
