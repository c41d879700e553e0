/**
 * Brackets across a draft's versions: how many were open in each (the chart "1,000 → 220 → 0"),
 * and since when each bracket still open has been open, so the panel can list the oldest.
 */
import { carriedBrackets } from './changes';
import type { Bracket } from './model';
import { parseBrackets } from './parse';
import type { ParseOptions } from './parse';
import type { NegotiationVersion, TrendPoint } from './schemas';

/** The number of open brackets in each version, in the order given. */
export function openBracketTrend(versions: readonly NegotiationVersion[], options: ParseOptions = {}): TrendPoint[] {
  return versions.map((v) => {
    const parse = parseBrackets(v.text, options);
    return { name: v.name, createdAt: v.createdAt, open: parse.brackets.length, unbalanced: parse.problems.length };
  });
}

/**
 * The brackets open in the last version, each with `createdAt` set to the date of the earliest
 * version from which it has stayed open without a break. Versions are traced pairwise, so the
 * cost is one comparison per consecutive pair.
 */
export function datedBrackets(versions: readonly NegotiationVersion[], options: ParseOptions = {}): Bracket[] {
  const last = versions[versions.length - 1];
  if (!last) return [];
  // since.get(id) is the creation date of bracket `id` of the version being looked at.
  let since = new Map<string, string>(parseBrackets(versions[0]?.text ?? '', options).brackets.map((b) => [b.id, versions[0]?.createdAt ?? '']));
  for (let k = 1; k < versions.length; k++) {
    const previous = versions[k - 1];
    const current = versions[k];
    if (!previous || !current) continue;
    const next = new Map<string, string>();
    for (const { before, after } of carriedBrackets(previous.text, current.text, options)) {
      const date = since.get(before);
      if (date !== undefined && !next.has(after)) next.set(after, date);
    }
    for (const b of parseBrackets(current.text, options).brackets) if (!next.has(b.id)) next.set(b.id, current.createdAt);
    since = next;
  }
  return parseBrackets(last.text, options).brackets.map((b) => {
    const createdAt = since.get(b.id);
    return createdAt === undefined ? b : { ...b, createdAt };
  });
}

/** The `count` longest-open brackets, oldest first (undated ones last). */
export function oldestOpen(brackets: readonly Bracket[], count: number): Bracket[] {
  return [...brackets]
    .sort((a, b) => (a.createdAt ?? '\uffff').localeCompare(b.createdAt ?? '\uffff') || a.span.start - b.span.start)
    .slice(0, count);
}
