/**
 * Reading who proposed what: attribution phrases ("proposed by the Group of 77", "US proposal"),
 * party prefixes ("EU: ..."), notes ("Chair's note: ..."), and party names brought to one
 * spelling so that "G-77 and China", "Group of 77 and China" and "G77/China" count as one delegation.
 */
import { BUILT_IN_COMPOUNDS, BUILT_IN_SPELLINGS, compoundNames, nameKey } from './delegation-list';

// Names negotiators write in several ways, and names holding a list separator, come from the
// built-in list (delegations.json): "G77 and China" is one name, never "G77" and "China".
const LIST_SEPARATOR = /\s*(?:,|;|&|\/|\band\b)\s*/u;
const PARTY_WORD = /^(?:[\p{Lu}\d][\p{L}\d.'’-]*|of|and|the|for|de|du|la)$/u;
// Capitalised words that open instructions or labels, not delegations, before a colon.
const NOT_PARTIES = new Set([
  'note', 'nb', 'n.b.', 'option', 'opt.', 'alt', 'alt.', 'alternative', 'article', 'paragraph', 'para',
  'para.', 'section', 'chapeau', 'annex', 'delete', 'insert', 'replace', 'add', 'retain', 'text',
  'proposal', 'comment', 'footnote', 'reservation', 'title', 'preamble', 'source', 'see', 'e.g.', 'i.e.',
  'agreed', 'new', 'original', 'previous', 'current', 'revised', 'compromise', 'draft', 'existing',
  'placeholder', 'placement', 'reference', 'heading', 'subheading',
]);
const ATTRIBUTION_PHRASES: RegExp[] = [
  /^(?:text\s+|language\s+)?(?:proposed|suggested|submitted|tabled|introduced|put\s+forward|supported|requested)\s+by\s+(.+?)\.?$/iu,
  /^(?:proposal|amendment|suggestion|text|language|reservation)\s+(?:by|from|of)\s+(.+?)\.?$/iu,
  /^(.+?)(?:['’]s)?\s*:?\s+(?:proposal|amendment|suggestion|text|language|reservation)\.?$/iu,
];
// Every attribution phrase holds one of these words: a cheap test before the patterns.
const ATTRIBUTION_KEYWORD = /proposed|suggested|submitted|tabled|introduced|forward|supported|requested|proposal|amendment|suggestion|text|language|reservation/iu;
// Attributions are short; a long stretch is text, and the patterns need not scan it.
const MAX_ATTRIBUTION = 150;
const NOTE = /^((?:[\p{L}'’]+\s+)?note|n\.?b\.|comment)\s*:\s*/iu;
const MAX_PREFIX = 60;

/**
 * The one spelling of a party: the built-in list's name for any of its spellings ("Group of 77
 * and China" is "G77 and China"), else the draft's own spelling where it differs only in case,
 * accents or dots, else the name as written.
 */
export function canonicalParty(name: string, known: readonly string[] = []): string {
  const trimmed = name.trim().replace(/\s+/gu, ' ').replace(/^the\s+/iu, '');
  const key = nameKey(trimmed);
  return BUILT_IN_SPELLINGS.get(key) ?? known.find((k) => nameKey(k) === key) ?? trimmed;
}

/** The names in a list such as "EU, US and Japan" or "G77/China", as written, or undefined if it is not one. */
export function writtenPartyList(list: string, known: readonly string[] = []): string[] | undefined {
  const compounds: string[] = [];
  const guard = (text: string, pattern: RegExp | undefined) => (pattern ? text.replace(pattern, (m) => `\u0000${compounds.push(m) - 1}\u0000`) : text);
  const guarded = guard(guard(list, BUILT_IN_COMPOUNDS), known.length > 0 ? compoundNames(known) : undefined);
  const names = guarded
    .split(LIST_SEPARATOR)
    .map((n) => n.replace(/\u0000(\d+)\u0000/gu, (_, i: string) => compounds[Number(i)] ?? ''))
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  if (names.length === 0 || !names.every((name) => looksLikeParty(name, known))) return undefined;
  return names;
}

/** The parties in a list such as "EU, US and Japan" or "G77/China", or undefined if it is not one. */
export function partyList(list: string, known: readonly string[] = []): string[] | undefined {
  const names = writtenPartyList(list, known);
  return names && [...new Set(names.map((name) => canonicalParty(name, known)))];
}

/** The parties an attribution phrase names ("proposed by the EU", "G77 proposal"), or undefined. */
export function attributionParties(phrase: string, known: readonly string[] = []): string[] | undefined {
  const names = attributionNames(phrase, known);
  return names && [...new Set(names.map((name) => canonicalParty(name, known)))];
}

/** The names an attribution phrase gives, as written ("the European Union", "USA"), or undefined. */
export function attributionNames(phrase: string, known: readonly string[] = []): string[] | undefined {
  const trimmed = phrase.trim();
  if (trimmed.length > MAX_ATTRIBUTION) return undefined;
  for (const pattern of ATTRIBUTION_KEYWORD.test(trimmed) ? ATTRIBUTION_PHRASES : []) {
    const named = pattern.exec(trimmed)?.[1];
    if (named !== undefined) {
      const names = writtenPartyList(named, known);
      if (names) return names;
    }
  }
  // A bare list of the draft's own parties after a bracket ("[X] [EU, US]") is an attribution too.
  const bare = known.length > 0 ? writtenPartyList(trimmed, known) : undefined;
  return bare?.every((n) => known.includes(canonicalParty(n, known))) ? bare : undefined;
}

/** A "Parties: text" opening of a bracket: the parties and where the text after the colon starts. */
export function partyPrefix(inner: string, known: readonly string[] = []): { parties: string[]; textStart: number } | undefined {
  const colon = inner.indexOf(':');
  if (colon <= 0 || colon > MAX_PREFIX) return undefined;
  const parties = partyList(inner.slice(0, colon), known);
  if (!parties) return undefined;
  let textStart = colon + 1;
  while (textStart < inner.length && /\s/u.test(inner[textStart] ?? '')) textStart++;
  return { parties, textStart };
}

/** The note in a "[Note: ...]" or "[Chair's note: ...]" bracket, or undefined. */
export function noteText(inner: string): string | undefined {
  const match = NOTE.exec(inner.trim());
  return match ? inner.trim().slice(match[0].length).trim() : undefined;
}

function looksLikeParty(name: string, known: readonly string[]): boolean {
  const key = nameKey(name);
  if (BUILT_IN_SPELLINGS.has(key) || known.some((k) => nameKey(k) === key)) return true;
  const words = name.split(/\s+/u);
  const first = words[0]?.toLowerCase() ?? '';
  return words.length <= 5 && /^\p{Lu}/u.test(name) && !NOT_PARTIES.has(first) && words.every((w) => PARTY_WORD.test(w));
}
