/**
 * Issue 17 item 8: how much faster the ADP pair (two successive drafts of the real negotiation
 * text, bench/fixtures-gen/negotiation.ts) compares than with older code. Each code tree given
 * (a git worktree of an older commit; the first is the reference) reads the pair with its own
 * reader and compares it; the trees run in turn, round after round, in one process, so load
 * and heap state hit them alike. The figure is the least CPU time a comparison took.
 *
 *   git worktree add /tmp/old-95c7b74 95c7b74 && ln -s "$PWD/node_modules" /tmp/old-95c7b74/
 *   npx tsx bench/compare-speedup.ts /tmp/old-95c7b74 . [--rounds 40] [--seed 11]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeNegotiationPair } from './fixtures-gen/negotiation';

interface Tree {
  root: string;
  compare: (a: unknown, b: unknown, opts?: unknown) => { rows: unknown[] };
  sides: [unknown, unknown];
  cpu: Record<string, number[]>;
}

const EVERY_SWITCH = { ignore: { numbering: true, case: true, punctuation: true, whitespace: true, quotes: true, emphasis: true } };
const SWITCHES: Record<string, object | undefined> = { 'no switch': undefined, 'every switch': EVERY_SWITCH };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const roots = args.filter((a, k) => !a.startsWith('--') && !args[k - 1]?.startsWith('--'));
const rounds = option('--rounds', 40);
const pair = makeNegotiationPair(option('--seed', 11));

async function load(root: string): Promise<Tree> {
  const at = (file: string) => pathToFileURL(resolve(root, file)).href;
  const { compareDeclarations } = (await import(at('shared/diff/compare.ts'))) as { compareDeclarations: Tree['compare'] };
  const { sideFromDeclaration } = (await import(at('shared/diff/side.ts'))) as { sideFromDeclaration: (d: unknown) => unknown };
  const { readMarkdown } = (await import(at('shared/formats/markdown.ts'))) as { readMarkdown: (t: string, s: { name: string }) => { declaration: unknown } };
  const side = (text: string, name: string) => sideFromDeclaration(readMarkdown(text, { name }).declaration);
  return { root, compare: compareDeclarations, sides: [side(pair.a, 'adp-a.md'), side(pair.b, 'adp-b.md')], cpu: {} };
}

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const trees: Tree[] = [];
for (const root of roots) trees.push(await load(root));
for (let round = -3; round < rounds; round++) {
  for (const [name, opts] of Object.entries(SWITCHES)) {
    for (const tree of trees) {
      const ms = cpuMs(() => tree.compare(tree.sides[0], tree.sides[1], opts));
      if (round >= 0) (tree.cpu[name] ??= []).push(ms);
    }
  }
}

const least = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`ADP pair, ${Math.round(pair.words / 1000)}k words, ${rounds} rounds, CPU ms (least / median), load ${load1}`);
const [reference] = trees;
for (const name of Object.keys(SWITCHES)) {
  for (const tree of trees) {
    const xs = tree.cpu[name] ?? [];
    const ratio = reference ? least(reference.cpu[name] ?? []) / least(xs) : 1;
    console.log(`  ${name.padEnd(13)} ${tree.root.padEnd(24)} ${least(xs).toFixed(1).padStart(7)} / ${median(xs).toFixed(1).padStart(7)}   ${ratio.toFixed(2)}x`);
  }
}
