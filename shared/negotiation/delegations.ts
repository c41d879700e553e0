/**
 * One list of delegations for a draft: the Delegations panel's entries (formal names, groups),
 * completed from the names the draft uses (attributions, suggestion authors, the parties block)
 * and the built-in list; the names the parser should know; and the names written two ways
 * across attributions ("EU" and "European Union"), with the edits that write them one way.
 */
import { BUILT_IN_DELEGATIONS, nameKey } from './delegation-list';
import type { BracketParse, Delegation, Negotiation, TextEdit } from './model';
import { attributionNames, canonicalParty, writtenPartyList } from './parties';

/** The names the bracket parser should know: the draft's parties and its delegations. */
export function parserParties(log: Pick<Negotiation, 'parties' | 'delegations'>): string[] {
  return [...new Set([...log.parties, ...log.delegations.map((d) => d.name)])];
}

/** Where a name was found, for the panel. */
export type NameSource = 'attribution' | 'author' | 'parties block';

/** A row of the Delegations panel. */
export interface DelegationRow extends Delegation {
  /** Listed in the draft (saved with it), rather than only found in its text. */
  listed: boolean;
  sources: NameSource[];
  /** Open brackets naming it. */
  open: number;
}

/** The draft's delegations, then every other name it uses, each with the built-in formal name and groups where known. */
export function delegationRows(log: Pick<Negotiation, 'parties' | 'delegations'>, parse: BracketParse, found: { name: string; source: NameSource }[]): DelegationRow[] {
  const known = parserParties(log);
  const rows = new Map<string, DelegationRow>();
  const builtIn = new Map(BUILT_IN_DELEGATIONS.map((d) => [nameKey(d.name), d]));
  const add = (name: string, listed: Delegation | undefined, source?: NameSource) => {
    const canonical = listed?.name ?? canonicalParty(name, known);
    const key = nameKey(canonical);
    let row = rows.get(key);
    if (!row) {
      const base = listed ?? builtIn.get(key) ?? { name: canonical, aliases: [], groups: [] };
      row = { ...base, name: canonical, listed: listed !== undefined, sources: [], open: 0 };
      rows.set(key, row);
    }
    if (source && !row.sources.includes(source)) row.sources.push(source);
  };
  for (const d of log.delegations) add(d.name, d);
  for (const b of parse.brackets) {
    for (const party of new Set(b.alternatives.flatMap((a) => a.parties))) {
      add(party, undefined, 'attribution');
      const row = rows.get(nameKey(canonicalParty(party, known)));
      if (row) row.open++;
    }
  }
  for (const f of found) if (f.name.trim()) add(f.name, undefined, f.source);
  return [...rows.values()];
}

/** One delegation written more than one way across the attributions. */
export interface SpellingVariants {
  /** The spelling a merge writes. */
  name: string;
  /** Each spelling as written, with how many attributions use it, most used first. */
  spellings: { written: string; count: number }[];
}

/** Names written two or more ways across the attributions of `text`. */
export function spellingVariants(text: string, parse: BracketParse, known: readonly string[] = []): SpellingVariants[] {
  const groups = new Map<string, { name: string; counts: Map<string, number> }>();
  for (const { written } of writtenNames(text, parse, known)) {
    const name = canonicalParty(written, known);
    const key = nameKey(name);
    const group = groups.get(key) ?? { name, counts: new Map<string, number>() };
    const shown = written.replace(/^the\s+/iu, '');
    group.counts.set(shown, (group.counts.get(shown) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.counts.size > 1)
    .map((g) => ({ name: g.name, spellings: [...g.counts].map(([written, count]) => ({ written, count })).sort((a, b) => b.count - a.count || a.written.localeCompare(b.written)) }));
}

/** The edits, last first, that write every spelling of `variants` in the attributions as `variants.name`. */
export function mergeSpellingEdits(text: string, parse: BracketParse, variants: SpellingVariants, known: readonly string[] = []): TextEdit[] {
  const target = nameKey(variants.name);
  return writtenNames(text, parse, known)
    // Proposers stored as data (a compilation's) are not in the text: the text's spellings only.
    .filter((n) => n.at !== undefined && nameKey(canonicalParty(n.written, known)) === target && n.written !== variants.name)
    .sort((a, b) => (b.at ?? 0) - (a.at ?? 0))
    .map((n) => ({ at: n.at ?? 0, removed: n.written, inserted: variants.name }));
}

/** Every party name of an attribution, with its offset in `text` where it is written there (not for data). */
function writtenNames(text: string, parse: BracketParse, known: readonly string[]): { written: string; at?: number }[] {
  const out: { written: string; at?: number }[] = [];
  const seen = new Set<number>();
  for (const b of parse.brackets) {
    for (const a of b.alternatives) {
      const attribution = a.attribution;
      if (attribution?.source === 'data') {
        for (const written of a.parties) out.push({ written });
        continue;
      }
      if (!attribution || attribution.source === 'footnote' || seen.has(attribution.span.start)) continue;
      seen.add(attribution.span.start);
      const written = text.slice(attribution.span.start, attribution.span.end);
      const names = attribution.source === 'prefix' ? writtenPartyList(written.replace(/:\s*$/u, ''), known) : (attributionNames(attribution.text, known) ?? writtenPartyList(attribution.text, known));
      let from = 0;
      for (const name of names ?? []) {
        const at = written.indexOf(name, from);
        if (at === -1) continue;
        out.push({ written: name, at: attribution.span.start + at });
        from = at + name.length;
      }
    }
  }
  return out;
}
