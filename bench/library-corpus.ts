/**
 * A large clause library for benchmarks, grown from the built-in templates and the real
 * declarations of tests/fixtures/corpus: declarations made of their paragraphs with seeded
 * word-level variations (synonyms, dropped and added words,
 * other years), the way agreed language drifts from one text to the next. Deterministic, so
 * runs compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Declaration } from '../shared/model';
import { seededRandom } from './random';

const TEMPLATES = fileURLToPath(new URL('../templates', import.meta.url));
const CORPUS = fileURLToPath(new URL('../tests/fixtures/corpus', import.meta.url));

/** Paragraphs of every template, split on blank lines (the reading pipeline is not needed for volume). */
export function templateParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(TEMPLATES, file), 'utf8');
    for (const piece of text.split(/\n\s*\n/)) {
      const paragraph = piece.replace(/^\s*\d+\.\s*/, '').replace(/\s+/g, ' ').trim();
      if (paragraph.split(' ').length >= 8) paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

/**
 * Prose paragraphs of the real declarations (tests/fixtures/corpus) beside the templates': front
 * matter, headings, footnote definitions and page furniture left out by a plain length rule.
 */
export function corpusParagraphs(): string[] {
  const paragraphs = templateParagraphs();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const text = readFileSync(path.join(CORPUS, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const piece of text.split(/\n\s*\n/)) {
      if (/^\s*(#|\[\^|\|)/.test(piece)) continue;
      const paragraph = piece.replace(/\[\^\d+\]/g, '').replace(/^\s*(\d+\.|\([a-z]+\))\s*/, '').replace(/\s+/g, ' ').trim();
      if (paragraph.split(' ').length >= 8) paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

const SYNONYMS: Record<string, string[]> = {
  support: ['endorse', 'back', 'uphold'],
  promote: ['advance', 'foster', 'encourage'],
  strengthen: ['reinforce', 'enhance', 'deepen'],
  cooperation: ['collaboration', 'partnership'],
  countries: ['nations', 'states', 'economies'],
  oppose: ['reject', 'resist'],
  global: ['worldwide', 'international'],
  pandemic: ['epidemic', 'outbreak', 'crisis'],
  development: ['growth', 'progress'],
  we: ['We', 'Participants', 'Ministers'],
  will: ['shall', 'should', 'intend to'],
  call: ['urge', 'appeal to'],
  common: ['shared', 'joint'],
};
const INSERTS = ['further', 'actively', 'jointly', 'fully', 'continue to', 'effectively', 'firmly', 'in particular'];

/** One drifted copy of a paragraph: a few seeded edits, so that near-duplicates abound. */
export function vary(paragraph: string, random: () => number): string {
  const words = paragraph.split(' ');
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * words.length);
    const word = words[at] ?? '';
    const choice = random();
    const synonyms = SYNONYMS[word.toLowerCase()];
    if (synonyms && choice < 0.6) words[at] = synonyms[Math.floor(random() * synonyms.length)] ?? word;
    else if (choice < 0.75 && words.length > 10 && !/[.!?]$/.test(word)) words.splice(at, 1);
    else if (choice < 0.9) words.splice(at, 0, INSERTS[Math.floor(random() * INSERTS.length)] ?? '');
    else words[at] = /^\d{4}$/.test(word) ? String(2000 + Math.floor(random() * 25)) : `${word}`;
  }
  return words.join(' ');
}

/**
 * An endless series of declarations, each with a date, a heading and 30 drifted paragraphs
 * (the templates' by default); the caller takes as many as it needs.
 */
export function* syntheticDeclarations(seed = 42, paragraphs = templateParagraphs()): Generator<Declaration> {
  const random = seededRandom(seed);
  const perDeclaration = 30;
  for (let d = 0; ; d++) {
    const blocks: Block[] = [{ id: 'b1', kind: 'heading', text: `Section ${1 + (d % 7)}`, level: 1, span: { start: 0, end: 0 }, cites: [], parties: [] }];
    for (let p = 0; p < perDeclaration; p++) {
      const source = paragraphs[Math.floor(random() * paragraphs.length)] ?? '';
      // Each sentence drifts on its own, as sentences are clauses of their own.
      const text = source
        .split(/(?<=[.;!?]) /)
        .map((sentence) => (random() < 0.2 ? sentence : vary(sentence, random)))
        .join(' ');
      blocks.push({ id: `b${blocks.length + 1}`, kind: 'paragraph', text, level: 1, span: { start: 0, end: 0 }, cites: [], parties: [] });
    }
    const year = 2013 + (d % 12);
    yield {
      id: `synthetic-${d}`,
      title: `Synthetic declaration ${d}`,
      date: `${year}-0${1 + (d % 9)}-15`,
      parties: ['China', 'Thailand', 'Russia'],
      text: '',
      blocks,
      source: { name: `synthetic-${d}.txt`, hash: `h${d}` },
    };
  }
}
