/**
 * Checks that a speed change to the comparison engine leaves its output alone: compares a wide
 * set of pairs with the code of each tree given (this worktree and a git worktree of the commit
 * before the change) and prints the pairs whose comparison (JSON, elapsedMs zeroed) differs.
 * Pairs: neighbouring corpus files, each corpus file against a seeded self-edit both ways, ADP
 * pairs of six seeds both ways, generated 10k and 100k pairs; each under no switch, every
 * switch, numbering only, and punctuation + case. Each tree reads the texts with its own reader.
 *
 *   git worktree add --detach /tmp/base HEAD && ln -s "$PWD/node_modules" /tmp/base/
 *   npx tsx bench/compare-same.ts /tmp/base .
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seededRandom } from '../shared/random';
import { makeLargePair } from './fixtures-gen/large';
import { makeNegotiationPair } from './fixtures-gen/negotiation';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = `${root}tests/fixtures/corpus`;
const ALL = { numbering: true, case: true, punctuation: true, whitespace: true, quotes: true, emphasis: true };
const NONE = { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false };
const SWITCHES: Record<string, object | undefined> = {
  'no switch': undefined,
  'every switch': { ignore: ALL },
  'numbering only': { ignore: { ...NONE, numbering: true } },
  'punctuation + case': { ignore: { ...NONE, punctuation: true, case: true } },
};

interface TextPair {
  name: string;
  a: string;
  b: string;
}

/** A session's edits to a text: words replaced, a bracket resolved, paragraphs moved, merged, split. */
function selfEdit(text: string, seed: number): string {
  const rand = seededRandom(seed);
  const paragraphs = text.split(/\n\n+/u);
  const vocabulary = [...new Set(text.match(/\p{L}{4,}/gu) ?? ['word'])];
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out = paragraphs.map((p) => {
    if (p.startsWith('#') || p.length < 60) return p;
    const roll = rand();
    if (roll < 0.15) return p.replace(/\[([^[\]]{1,200})\]/u, '$1');
    if (roll < 0.3) return p.replace(/\p{L}{4,}/u, pick(vocabulary));
    if (roll < 0.35) return `${p} ${pick(vocabulary)}.`;
    return p;
  });
  const at = () => 1 + Math.floor(rand() * Math.max(1, out.length - 2));
  const [moved] = out.splice(at(), 1);
  out.splice(at(), 0, moved ?? '');
  const m = at();
  out.splice(m, 2, `${out[m] ?? ''} ${out[m + 1] ?? ''}`);
  const s = at();
  const p = out[s] ?? '';
  const cut = p.indexOf('. ', p.length / 3);
  if (cut > 0) out.splice(s, 1, p.slice(0, cut + 1), p.slice(cut + 2));
  return out.join('\n\n');
}

function pairs(): TextPair[] {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const texts = files.map((f) => readFileSync(`${corpusDir}/${f}`, 'utf8'));
  const out: TextPair[] = [];
  texts.forEach((t, k) => {
    const next = texts[k + 1];
    if (next !== undefined) out.push({ name: `${files[k]} → ${files[k + 1]}`, a: t, b: next });
    const edited = selfEdit(t, k + 1);
    out.push({ name: `${files[k]} → self-edit`, a: t, b: edited }, { name: `self-edit → ${files[k]}`, a: edited, b: t });
  });
  for (const seed of [1, 2, 3, 11, 23, 42]) {
    const n = makeNegotiationPair(seed);
    out.push({ name: `ADP seed ${seed}`, a: n.a, b: n.b }, { name: `ADP seed ${seed} reversed`, a: n.b, b: n.a });
  }
  const templates = readdirSync(`${root}templates`).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${root}templates/${f}`, 'utf8'));
  const samples = templates.flatMap((t) => t.split(/\n\n+/u).map((p) => p.replace(/\s+/gu, ' ').trim()));
  const vocabulary = [...new Set(templates.join(' ').match(/\p{L}{3,}/gu) ?? [])];
  for (const words of [10_000, 100_000]) {
    const g = makeLargePair(samples, vocabulary, { words, edits: words / 500, moves: words / 10_000, seed: 7 });
    out.push({ name: `generated ${words / 1000}k`, a: `${g.a}\n`, b: `${g.b}\n` });
  }
  return out;
}

type Compare = (a: unknown, b: unknown, opts?: unknown) => object;

async function outputs(tree: string, list: TextPair[]): Promise<Map<string, string>> {
  const at = (file: string) => pathToFileURL(resolve(tree, file)).href;
  const { compareDeclarations } = (await import(at('shared/diff/compare.ts'))) as { compareDeclarations: Compare };
  const { sideFromDeclaration } = (await import(at('shared/diff/side.ts'))) as { sideFromDeclaration: (d: unknown) => unknown };
  const { readDeclarationText } = (await import(at('shared/text/read.ts'))) as { readDeclarationText: (t: string, s: { name: string }) => { declaration: unknown } };
  const side = (text: string, name: string) => sideFromDeclaration(readDeclarationText(text, { name }).declaration);
  const out = new Map<string, string>();
  for (const p of list) {
    const a = side(p.a, 'a.md');
    const b = side(p.b, 'b.md');
    for (const [name, opts] of Object.entries(SWITCHES)) {
      const json = JSON.stringify({ ...compareDeclarations(a, b, { budgetMs: 600_000, ...opts }), elapsedMs: 0 });
      out.set(`${p.name} | ${name}`, createHash('sha256').update(json).digest('hex'));
    }
  }
  return out;
}

const trees = process.argv.slice(2);
const list = pairs();
const results = [];
for (const tree of trees) results.push(await outputs(tree, list));
const [first, ...rest] = results;
let differ = 0;
for (const [name, hash] of first ?? []) {
  const others = rest.map((r) => r.get(name));
  if (others.some((h) => h !== hash)) {
    differ++;
    console.log(`differs: ${name}`);
  }
}
console.log(`${first?.size ?? 0} comparisons, ${differ} differ (${trees.join(' vs ')})`);
process.exitCode = differ > 0 ? 1 : 0;
