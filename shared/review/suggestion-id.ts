/**
 * A suggestion's identity carries who made it and when, so the mark in the document is all
 * there is to know about it: no side table to lose, and undo, copy and paste keep it whole.
 * Written as "s|<time>|<colour>|<n>|<kind>|<author>"; the author comes last so it may hold any character.
 */
import type { SuggestionKind } from './model';

/** What Concord's own commands make, beyond plain typing (kept so the review list can say it). */
export type SuggestionCause = Extract<SuggestionKind, 'library-insert' | 'bracket-resolution'> | 'move' | '';

export interface SuggestionOrigin {
  author: string;
  /** #rrggbb */
  color: string;
  /** ISO 8601 */
  date: string;
  cause: SuggestionCause;
}

const CAUSES: readonly string[] = ['library-insert', 'bracket-resolution', 'move', ''];

const PREFIX = 's|';
const FALLBACK_COLOR = '#6b7280';

export function encodeSuggestionId(origin: SuggestionOrigin, n: number): string {
  return `${PREFIX}${origin.date}|${origin.color}|${n}|${origin.cause}|${origin.author}`;
}

/** The origin of a suggestion id; ids Concord did not write (a plain number) read as an unknown author. */
export function decodeSuggestionId(id: unknown): SuggestionOrigin {
  if (typeof id === 'string' && id.startsWith(PREFIX)) {
    const [date = '', color = FALLBACK_COLOR, , cause = '', ...author] = id.slice(PREFIX.length).split('|');
    return { author: author.join('|'), color: /^#[0-9a-fA-F]{6}$/.test(color) ? color : FALLBACK_COLOR, date, cause: CAUSES.includes(cause) ? (cause as SuggestionCause) : '' };
  }
  return { author: '', color: FALLBACK_COLOR, date: '', cause: '' };
}
