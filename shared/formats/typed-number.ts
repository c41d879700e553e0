/**
 * Numbers typed by hand at the head of a Word paragraph ("1.", "(a)", "IV.", "Article 3"), for
 * documents that number without Word's lists. Only the unambiguous forms are taken: a word that
 * merely starts a sentence ("A.", "I") is not a number unless a digit or parenthesis says so.
 */
import type { BlockNumber } from '../model';

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

function romanValue(s: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = values[lower[i] ?? ''] ?? 0;
    const next = values[lower[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The typed number at the head of a paragraph and the text after it, or undefined. */
export function typedNumber(line: string): { number: BlockNumber; text: string } | undefined {
  const take = (raw: string, style: BlockNumber['style'], value: number) => {
    const rest = line.slice(raw.length);
    const glued = rest.length > 0 && !/^\s/.test(rest);
    return { number: { raw, style, value, glued }, text: rest.trimStart() };
  };
  let m = /^(\d{1,3})\.(?!\d)/.exec(line);
  if (m?.[1]) return take(m[0], 'decimal', Number(m[1]));
  m = /^\(?(\d{1,3})\)/.exec(line);
  if (m?.[1]) return take(m[0], 'decimal-paren', Number(m[1]));
  m = /^\d{1,3}(\.\d{1,3})+\.?(?=\s)/.exec(line);
  if (m) return take(m[0], 'multilevel', Number(m[0].split('.').pop() || 0));
  m = /^\(([ivxlcdm]{1,6})\)(?=\s)/i.exec(line);
  if (m?.[1] && ROMAN.test(m[1]) && !/^[cdm]$/i.test(m[1])) return take(m[0], 'roman', romanValue(m[1]));
  m = /^\(?([a-z])\)(?=\s)/i.exec(line);
  if (m?.[1]) return take(m[0], 'alpha-paren', m[1].toLowerCase().charCodeAt(0) - 96);
  m = /^([IVXLC]{1,6})\.(?=\s)/.exec(line);
  if (m?.[1] && ROMAN.test(m[1])) return take(m[0], 'roman', romanValue(m[1]));
  m = /^Article\s+(\d{1,3})\b\.?/.exec(line);
  if (m?.[1]) return take(m[0], 'article', Number(m[1]));
  m = /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(ly)?,/.exec(line);
  if (m?.[1]) return take(m[0], 'ordinal-word', ORDINALS.indexOf(m[1].toLowerCase()) + 1);
  return undefined;
}
