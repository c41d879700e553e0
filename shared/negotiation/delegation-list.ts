/**
 * The built-in list of common negotiating groups and delegations (delegations.json, data kept
 * apart from code), and the key that tells two spellings of one name apart from two names:
 * "G-77/China" and "Group of 77 and China", "Cote d'Ivoire" and "Côte d'Ivoire", "U.S." and "US".
 */
import { z } from 'zod';
import list from './delegations.json';
import { Delegation } from './model';

/** The built-in delegations, validated when first read. */
export const BUILT_IN_DELEGATIONS: readonly Delegation[] = z.object({ delegations: z.array(Delegation) }).parse(list).delegations;

/** A name reduced to what tells it apart: case, accents, "the", dots, spaces and "&", "/", "+" for "and" do not. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/\s*[&/+]\s*/gu, ' and ')
    .replace(/^\s*the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every spelling of `delegations`, by key, to the name attributions use. */
export function spellingIndex(delegations: readonly Delegation[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const d of delegations) for (const spelling of [d.name, ...d.aliases]) if (!index.has(nameKey(spelling))) index.set(nameKey(spelling), d.name);
  return index;
}

/** The built-in spellings, by key. */
export const BUILT_IN_SPELLINGS = spellingIndex(BUILT_IN_DELEGATIONS);

/** Names that hold a list separator ("Trinidad and Tobago", "G77/China"): a list must not be cut inside them. */
export function compoundNames(names: Iterable<string>): RegExp | undefined {
  const compounds = [...new Set([...names].filter((n) => /\band\b|[&/+]/iu.test(n)))].sort((a, b) => b.length - a.length);
  if (compounds.length === 0) return undefined;
  const pattern = compounds.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s*([&/+]|\\\+|\\\/)\s*/gu, '\\s*$1\\s*').replace(/\s+/gu, '\\s+')).join('|');
  return new RegExp(`\\b(?:the\\s+)?(?:${pattern})(?![\\p{L}\\d])`, 'giu');
}

/** The built-in compound names. */
export const BUILT_IN_COMPOUNDS = compoundNames(BUILT_IN_DELEGATIONS.flatMap((d) => [d.name, ...d.aliases]));
