/**
 * Resolving many brackets at once: keep alternative N of every bracket in a section, or accept
 * or drop every proposal of one delegation. A plan says which brackets are resolved how and which
 * are left open and why; applying it resolves them from the end of the text back, so each
 * logged record holds as of its own resolution and any one of them can still be undone alone.
 */
import { canonicalParty } from './parties';
import type { Bracket, BracketParse, Negotiation, ResolutionRecord } from './model';
import { logResolution } from './log';
import { ResolveError } from './resolve';
import type { Choice, ResolveMeta } from './resolve';

/** What to resolve in bulk. */
export type BulkRule =
  /** Alternative `alternative` (0-based) of every bracket in `section` (undefined: before the first heading). */
  | { kind: 'alternative'; section: string | undefined; alternative: number }
  /** Every proposal of `party`: accepted (its alternative chosen, its lone bracket kept) or dropped. */
  | { kind: 'delegation'; party: string; action: 'accept' | 'drop' };

/** The brackets a rule resolves, and those it leaves open with the reason. */
export interface BulkPlan {
  choices: { bracket: Bracket; choice: Choice }[];
  skipped: { bracket: Bracket; reason: string }[];
}

/** Works out what `rule` does to the open brackets of `parse`; a bracket inside one it resolves goes with it. */
export function planBulk(parse: BracketParse, rule: BulkRule, known: readonly string[] = []): BulkPlan {
  const plan: BulkPlan = { choices: [], skipped: [] };
  const planned = new Set<string>();
  const parentOf = new Map(parse.brackets.map((b) => [b.id, b.parentId]));
  const insidePlanned = (b: Bracket) => {
    for (let id = b.parentId; id !== undefined; id = parentOf.get(id)) if (planned.has(id)) return true;
    return false;
  };
  for (const b of parse.brackets) {
    if (insidePlanned(b)) continue;
    const decided = rule.kind === 'alternative' ? byAlternative(b, rule) : byDelegation(b, rule, known);
    if (decided === undefined) continue;
    if ('reason' in decided) plan.skipped.push({ bracket: b, reason: decided.reason });
    else {
      plan.choices.push({ bracket: b, choice: decided });
      planned.add(b.id);
    }
  }
  return plan;
}

type Decision = Choice | { reason: string } | undefined;

function byAlternative(b: Bracket, rule: Extract<BulkRule, { kind: 'alternative' }>): Decision {
  if (b.section !== rule.section) return undefined;
  const n = b.alternatives.length;
  if (rule.alternative >= n) return { reason: n === 1 ? 'has one alternative' : `has ${n} alternatives` };
  return n === 1 ? { kind: 'kept' } : { kind: 'chose', alternative: rule.alternative };
}

function byDelegation(b: Bracket, rule: Extract<BulkRule, { kind: 'delegation' }>, known: readonly string[]): Decision {
  const party = canonicalParty(rule.party, known);
  // Proposers kept as data (a compilation's) keep the return's spelling: compare one name with one name.
  const theirs = b.alternatives.flatMap((a, i) => (a.parties.some((p) => p === party || canonicalParty(p, known) === party) ? [i] : []));
  const [mine] = theirs;
  if (mine === undefined) return undefined;
  const n = b.alternatives.length;
  if (theirs.length > 1) return { reason: `${party} proposed ${theirs.length} of its alternatives` };
  if (rule.action === 'accept') return n === 1 ? { kind: 'kept' } : { kind: 'chose', alternative: mine };
  if (n === 1) return { kind: 'deleted' };
  if (n === 2) return { kind: 'chose', alternative: mine === 0 ? 1 : 0 };
  return { reason: `dropping one of ${n} alternatives leaves the others open; choose among them` };
}

/** Resolves the plan's brackets in `text`, last first, and logs each; one edit per record, in the order made. */
export function applyBulk(log: Negotiation, text: string, plan: BulkPlan, meta: ResolveMeta): { text: string; log: Negotiation; records: ResolutionRecord[]; refused: Bracket[] } {
  let current = { text, log };
  const records: ResolutionRecord[] = [];
  const refused: Bracket[] = [];
  for (const { bracket, choice } of [...plan.choices].sort((x, y) => y.bracket.span.start - x.bracket.span.start)) {
    try {
      const next = logResolution(current.log, current.text, bracket, choice, meta);
      records.push(next.record);
      current = { text: next.text, log: next.log };
    } catch (error) {
      // A tidied deletion next to it took this bracket's text: it stays open, and is said to.
      if (!(error instanceof ResolveError)) throw error;
      refused.push(bracket);
    }
  }
  return { ...current, records, refused };
}
