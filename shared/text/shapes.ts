/**
 * What a line of a declaration looks like, judged from its words alone: a title or heading
 * ("Towards a Health Silk Road"), or a sentence. The segmenter combines these with position.
 */

/** Small words that stay lowercase in English title case. */
const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'towards', 'under', 'between', 'among', 'de', 'du', 'des', 'la', 'le', 'et', 'y']);

/** True when a line ends like a sentence or clause rather than a title. */
export function endsLikeSentence(text: string): boolean {
  return /[.,;:!?]["”’)]*$/.test(text.trim());
}

/**
 * True for a short line in title case with no closing punctuation: a title or heading.
 * `maxWords` bounds the length; headings are shorter than titles.
 */
export function isTitleLike(text: string, maxWords = 12): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > maxWords * 12 || endsLikeSentence(trimmed)) return false;
  if (!/^[\p{Lu}\d“"‘]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > maxWords) return false;
  const significant = words.filter((w, i) => i === 0 || !MINOR.has(w.toLowerCase()));
  const capitalized = significant.filter((w) => /^[\p{Lu}\d“"‘(]/u.test(w)).length;
  // Sentence-case headings ("Objectives and tasks") are common; long lines must be title case.
  return words.length <= 4 || capitalized >= significant.length * 0.6;
}

/** Number of words in a text, for manifests and length limits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}
