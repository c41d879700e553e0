/**
 * Reading who proposed what: attribution phrases ("proposed by the Group of 77", "US proposal"),
 * party prefixes ("EU: ..."), notes ("Chair's note: ..."), and party names brought to one
 * spelling so that "G-77", "Group of 77 and China" and "G77/China" count as one delegation.
 */

// Names negotiators write in several ways; each maps to the spelling Concord shows.
const ALIASES: [RegExp, string][] = [
  [/^(?:the\s+)?(?:group\s+of\s+77|g\s*-?\s*77)(?:\s*(?:and|\/|&|\+)\s*china)?$/iu, 'G77'],
  [/^(?:the\s+)?(?:european\s+union|eu)$/iu, 'EU'],
  [/^(?:the\s+)?(?:united\s+states(?:\s+of\s+america)?|u\.?s\.?a?\.?)$/iu, 'US'],
  [/^(?:the\s+)?(?:united\s+kingdom|uk)$/iu, 'UK'],
  [/^(?:the\s+)?(?:alliance\s+of\s+small\s+island\s+states|aosis)$/iu, 'AOSIS'],
  [/^(?:the\s+)?(?:least\s+developed\s+countries|ldcs?)(?:\s+group)?$/iu, 'LDCs'],
];
// Compound names that contain a list separator and must not be split at it.
const COMPOUND = /\b(?:the\s+)?(?:group\s+of\s+77|g\s*-?\s*77)\s*(?:and|\/|&|\+)\s*china\b/giu;
const LIST_SEPARATOR = /\s*(?:,|;|&|\/|\band\b)\s*/u;
const PARTY_WORD = /^(?:[\p{Lu}\d][\p{L}\d.'’-]*|of|and|the|for|de|du|la)$/u;
// Capitalised words that open instructions or labels, not delegations, before a colon.
const NOT_PARTIES = new Set([
  'note', 'nb', 'n.b.', 'option', 'opt.', 'alt', 'alt.', 'alternative', 'article', 'paragraph', 'para',
  'para.', 'section', 'chapeau', 'annex', 'delete', 'insert', 'replace', 'add', 'retain', 'text',
  'proposal', 'comment', 'footnote', 'reservation', 'title', 'preamble', 'source', 'see', 'e.g.', 'i.e.',
  'agreed', 'new', 'original', 'previous', 'current', 'revised', 'compromise', 'draft', 'existing',
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

/** The one spelling of a party: the draft's own spelling where known, else the alias table's. */
export function canonicalParty(name: string, known: readonly string[] = []): string {
  const trimmed = name.trim().replace(/\s+/gu, ' ').replace(/^the\s+/iu, '');
  for (const [pattern, canonical] of ALIASES) if (pattern.test(trimmed)) return canonical;
  const lower = trimmed.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower) ?? trimmed;
}

/** The parties in a list such as "EU, US and Japan" or "G77/China", or undefined if it is not one. */
export function partyList(list: string, known: readonly string[] = []): string[] | undefined {
  const compounds: string[] = [];
  const guarded = list.replace(COMPOUND, (m) => `\u0000${compounds.push(m) - 1}\u0000`);
  const names = guarded
    .split(LIST_SEPARATOR)
    .map((n) => n.replace(/\u0000(\d+)\u0000/gu, (_, i: string) => compounds[Number(i)] ?? ''))
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  if (names.length === 0) return undefined;
  const parties: string[] = [];
  for (const name of names) {
    if (!looksLikeParty(name, known)) return undefined;
    const party = canonicalParty(name, known);
    if (!parties.includes(party)) parties.push(party);
  }
  return parties;
}

/** The parties an attribution phrase names ("proposed by the EU", "G77 proposal"), or undefined. */
export function attributionParties(phrase: string, known: readonly string[] = []): string[] | undefined {
  const trimmed = phrase.trim();
  if (trimmed.length > MAX_ATTRIBUTION) return undefined;
  for (const pattern of ATTRIBUTION_KEYWORD.test(trimmed) ? ATTRIBUTION_PHRASES : []) {
    const named = pattern.exec(trimmed)?.[1];
    if (named !== undefined) {
      const parties = partyList(named, known);
      if (parties) return parties;
    }
  }
  // A bare list of the draft's own parties after a bracket ("[X] [EU, US]") is an attribution too.
  const bare = known.length > 0 ? partyList(trimmed, known) : undefined;
  return bare?.every((p) => known.includes(p)) ? bare : undefined;
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
  if (ALIASES.some(([pattern]) => pattern.test(name))) return true;
  const lower = name.toLowerCase();
  if (known.some((k) => k.toLowerCase() === lower)) return true;
  const words = name.split(/\s+/u);
  const first = words[0]?.toLowerCase() ?? '';
  return words.length <= 5 && /^\p{Lu}/u.test(name) && !NOT_PARTIES.has(first) && words.every((w) => PARTY_WORD.test(w));
}
