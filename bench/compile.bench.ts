/**
 * Compilation: 30 delegations return a 15,000-word text built from the real declarations of
 * tests/fixtures/corpus, with generated edits (words replaced, deleted and inserted; paragraphs
 * added, deleted and moved) and a ground truth of who proposed what. Concord's compile is timed
 * (goal < 2 s) and scored: every proposal present once with exactly its delegations, identical
 * proposals merged, no base text lost, and each delegation's own return given back by taking its
 * proposals. The peer is what one would otherwise script: jsdiff's diffWords of each return
 * against the whole base, identical changes at the same place merged.
 *
 *   npx tsx bench/compile.bench.ts
 */
import { diffWords } from 'diff';
import { compile } from '../shared/compile/compile';
import { textAsProposedBy } from '../shared/compile/render';
import type { Compilation, ReturnedText } from '../shared/compile/schemas';
import { corpusParagraphs, templateParagraphs } from './library-corpus';
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';
import { seededRandom } from './random';

const WORDS = 15_000;
const RETURNS = 30;
const EDITED_PER_RETURN = 12;
const HOT_PARAGRAPHS = 60;
const VARIANTS = 3;
const NAMES = ['G77 and China', 'the European Union and its member States', 'Japan', 'United States of America', 'AOSIS', 'Least Developed Countries', 'Brazil', 'India', 'Canada', 'Switzerland', 'Norway', 'Mexico', 'Republic of Korea', 'Australia', 'New Zealand', 'South Africa', 'Egypt', 'Saudi Arabia', 'Russian Federation', 'China', 'Indonesia', 'Chile', 'Colombia', 'Kenya', 'Nigeria', 'Türkiye', 'United Kingdom', 'Argentina', 'Philippines', 'the Co-operative Republic of Guyana'];
const NEW_WORDS = ['resolutely', 'collectively', 'sustainably', 'progressively', 'urgently', 'equitably'];

/** A proposal of the ground truth and the delegations that made it. */
interface Truth {
  kind: 'words' | 'inserted' | 'deleted' | 'moved';
  /** Base paragraph (for inserted: the one it follows; for moved: the one moved). */
  paragraph: number;
  variant: number;
  delegations: string[];
}

interface Case {
  base: string[];
  returns: ReturnedText[];
  truth: Truth[];
}

/** Paragraphs of the real declarations (not the templates), in order, up to WORDS words. */
function baseText(): string[] {
  const own = new Set(templateParagraphs());
  const out: string[] = [];
  let words = 0;
  for (const p of corpusParagraphs()) {
    if (own.has(p) || words >= WORDS) continue;
    out.push(p);
    words += p.split(' ').length;
  }
  return out;
}

/** Variant `k` of a paragraph: one word replaced, deleted or a word inserted, at a place of its own third. */
function variant(paragraph: string, k: number): string {
  const words = paragraph.split(' ');
  const at = Math.max(1, Math.floor(((k + 0.5) * words.length) / VARIANTS));
  if (k === 0) words[at] = `${NEW_WORDS[at % NEW_WORDS.length]}`;
  else if (k === 1) words.splice(at, 1);
  else words.splice(at, 0, NEW_WORDS[(at + 3) % NEW_WORDS.length] ?? 'jointly');
  return words.join(' ');
}

function generate(): Case {
  const base = baseText();
  const random = seededRandom(20);
  const hot = Array.from({ length: HOT_PARAGRAPHS }, (_, i) => 2 + Math.floor((i * (base.length - 4)) / HOT_PARAGRAPHS));
  const truth = new Map<string, Truth>();
  const record = (kind: Truth['kind'], paragraph: number, variantNo: number, who: string) => {
    const key = `${kind}:${paragraph}:${variantNo}`;
    const t = truth.get(key) ?? { kind, paragraph, variant: variantNo, delegations: [] };
    t.delegations.push(who);
    truth.set(key, t);
  };
  const inserted = (after: number) => `We further decide to keep under review the matters raised in paragraph ${after + 1}, and to revert to them at the next session.`;
  const returns = NAMES.slice(0, RETURNS).map((who, r): ReturnedText => {
    const texts = [...base];
    const edited = new Set<number>();
    while (edited.size < EDITED_PER_RETURN) edited.add(hot[Math.floor(random() * hot.length)] ?? 2);
    for (const p of edited) {
      const k = Math.floor(random() * VARIANTS);
      texts[p] = variant(base[p] ?? '', k);
      record('words', p, k, who);
    }
    // Insertions after one of four places, deletions of one of three paragraphs, one move shared by three delegations.
    const removed = new Set<number>();
    if (r % 3 === 0) {
      const p = [10, 11, 12][r % 3] ?? 10;
      if (!edited.has(p)) {
        removed.add(p);
        record('deleted', p, 0, who);
      }
    }
    let moved: { from: number; after: number } | undefined;
    if (r < 3 && !edited.has(20)) {
      moved = { from: 20, after: 40 };
      record('moved', 20, 0, who);
    }
    const adds = new Map<number, string>();
    if (r % 2 === 1) {
      const after = [5, 30, 60, 90][r % 4] ?? 5;
      adds.set(after, inserted(after));
      record('inserted', after, 0, who);
    }
    const paragraphs: string[] = [];
    texts.forEach((text, p) => {
      if (!removed.has(p) && p !== moved?.from) paragraphs.push(text);
      if (p === moved?.after) paragraphs.push(texts[moved.from] ?? '');
      const add = adds.get(p);
      if (add) paragraphs.push(add);
    });
    return { delegation: who, paragraphs, comments: [] };
  });
  return { base, returns, truth: [...truth.values()] };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const squash = (ts: string[]) => ts.map((t) => t.replace(/\s+/gu, ' ').replace(/ ([.,;:])/gu, '$1').trim()).join('\n');

/** How much of the truth the compilation holds, exactly. */
function score(c: Compilation, kase: Case): { found: number; duplicates: number; baseKept: boolean; returnsBack: number } {
  const baseAt = new Map(c.paragraphs.map((p, k) => [p.origin.kind === 'base' ? p.origin.index : -1 - k, p]));
  let found = 0;
  for (const t of kase.truth) {
    const p = baseAt.get(t.paragraph);
    const ok =
      t.kind === 'words'
        ? p?.segments.some((s) => s.kind === 'choice' && s.proposals.some((q) => same(q.delegations, t.delegations)))
        : t.kind === 'deleted'
          ? p !== undefined && same(p.deletedBy, t.delegations)
          : t.kind === 'moved'
            ? p !== undefined && same(p.movedBy, t.delegations) && c.paragraphs.some((q) => q.origin.kind === 'moved' && q.origin.from === t.paragraph && same(q.proposedBy, t.delegations))
            : c.paragraphs.some((q, k) => q.origin.kind === 'inserted' && same(q.proposedBy, t.delegations) && c.paragraphs[k - 1]?.origin.kind === 'base');
    if (ok) found++;
  }
  let duplicates = 0;
  for (const p of c.paragraphs) {
    for (const s of p.segments) {
      if (s.kind !== 'choice') continue;
      const texts = s.proposals.map((q) => q.text);
      const names = s.proposals.flatMap((q) => q.delegations);
      duplicates += texts.length - new Set(texts).size + names.length - new Set(names).size;
    }
  }
  const baseKept = squash(textAsProposedBy(c.paragraphs, null)) === squash(kase.base);
  const returnsBack = kase.returns.filter((r) => squash(textAsProposedBy(c.paragraphs, r.delegation)) === squash(r.paragraphs)).length;
  return { found, duplicates, baseKept, returnsBack };
}

/** A change the peer lists: where in the base text, and who made it. */
interface PeerChange {
  at: number;
  delegations: string[];
}

/** The peer: each return diffed word by word against the whole base; equal changes at one place merged. */
function peerCompile(kase: Case): Map<string, PeerChange> {
  const base = kase.base.join('\n');
  const proposals = new Map<string, PeerChange>();
  const add = (key: string, at: number, who: string) => {
    const change = proposals.get(key) ?? { at, delegations: [] };
    change.delegations.push(who);
    proposals.set(key, change);
  };
  for (const r of kase.returns) {
    let at = 0;
    for (const part of diffWords(base, r.paragraphs.join('\n'))) {
      if (part.added) add(`${at}+${part.value}`, at, r.delegation);
      else if (part.removed) {
        add(`${at}-${part.value}`, at, r.delegation);
        at += part.value.length;
      } else at += part.value.length;
    }
  }
  return proposals;
}

const bench: Bench = async () => {
  const kase = generate();
  const words = kase.base.join(' ').split(/\s+/u).length;
  const compilation = compile({ base: kase.base, returns: kase.returns });
  const s = score(compilation, kase);
  const timing = await measure(() => compile({ base: kase.base, returns: kase.returns }), { runs: 7, warmup: 1 });
  const peer = peerCompile(kase);
  // A peer change counts when it stands in the truth's paragraph with exactly its delegations; it has no moves.
  const starts: number[] = [];
  kase.base.reduce((at, p) => (starts.push(at), at + p.length + 1), 0);
  const inParagraph = (at: number, p: number) => at >= (starts[p] ?? 0) && at <= (starts[p] ?? 0) + (kase.base[p]?.length ?? 0) + 1;
  const peerRight = kase.truth.filter((t) => t.kind !== 'moved' && [...peer.values()].some((c) => inParagraph(c.at, t.paragraph) && same(c.delegations, t.delegations))).length;
  const peerTiming = await measure(() => peerCompile(kase), { runs: 3, warmup: 0 });
  const rows: BenchRow[] = [
    {
      group: 'compile',
      subject: `compile ${RETURNS} returns of a ${words.toLocaleString('en')}-word text (${kase.base.length} paragraphs)`,
      median: timing.median,
      p95: timing.p95,
      unit: 'ms',
      goal: '< 2000 ms',
      note: `proposals with exactly their delegations: ${s.found}/${kase.truth.length}; duplicates: ${s.duplicates}; base text kept: ${s.baseKept ? 'yes' : 'NO'}; returns given back: ${s.returnsBack}/${RETURNS}`,
    },
    {
      group: 'compile',
      peer: true,
      subject: 'jsdiff diffWords of each return against the whole base, equal changes merged',
      median: peerTiming.median,
      p95: peerTiming.p95,
      unit: 'ms',
      note: `changes with exactly the truth's delegations: ${peerRight}/${kase.truth.length}; ${peer.size} changes listed; no brackets, moves or paragraphs`,
    },
  ];
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  void bench().then((rows) => {
    for (const row of rows) console.log(row);
  });
}
