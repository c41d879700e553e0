/**
 * Every view and format of a negotiation draft counts the same brackets: the negotiation panel,
 * the clean-text refusal, the JSON bracket list, the bracketed Word document; and a comparison
 * counts the same closed brackets on screen as in its text, HTML and Word redlines. Run on the
 * corpus's bracketed draft (a real Paris-style text), the water drafts and generated texts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../shared/diff/compare';
import { comparisonToDocx } from '../../../shared/diff/redline/docx';
import { comparisonToHtml } from '../../../shared/diff/redline/html';
import { bracketLine } from '../../../shared/diff/redline/layout';
import { comparisonToText } from '../../../shared/diff/redline/text';
import { sideFromDeclaration } from '../../../shared/diff/side';
import { readMarkdown } from '../../../shared/formats/markdown';
import type { Declaration } from '../../../shared/model';
import { parserParties } from '../../../shared/negotiation/delegations';
import { readDeclarationBrackets } from '../../../shared/negotiation/draft-lines';
import { exportNegotiation, NotCleanError } from '../../../shared/negotiation/export';
import { readBracketList } from '../../../shared/negotiation/json';
import { newNegotiation } from '../../../shared/negotiation/log';
import type { Negotiation } from '../../../shared/negotiation/model';
import { resolveBracket } from '../../../shared/negotiation/resolve';
import { seededRandom } from '../../../shared/random';
import { readDeclarationText } from '../../../shared/text/read';
import { summarizeDraft } from '../../../renderer/negotiation/panel-data';
import { declarationToDoc, docToDeclaration } from '../../../renderer/editor/convert';
import { schema } from '../../../renderer/editor/schema';
import { runCli } from '../../../main/cli';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const CORPUS = fixture('corpus/unfccc-adp-draft-agreement-2015-10-23.md');

/** A generated draft: corpus paragraphs with attributed alternatives, option blocks and footnote attributions. */
function generated(seed: number): string {
  const rand = seededRandom(seed);
  const parties = ['EU', 'the European Union', 'G77 and China', 'AOSIS', 'LDCs', 'USA', 'Japan'];
  const pick = () => parties[Math.floor(rand() * parties.length)] ?? 'EU';
  const sentences = CORPUS.split('\n').filter((l) => /^\d+\.\s+\p{L}/u.test(l) && !/[[\]]/u.test(l)).map((l) => l.replace(/^\d+\.\s+/u, ''));
  const lines = ['Draft decision', 'I. General'];
  sentences.slice(0, 60).forEach((s, k) => {
    const words = s.split(' ');
    const cut = Math.max(1, Math.floor(rand() * (words.length - 1)));
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    const roll = rand();
    if (k === 30) lines.push('II. Finance');
    if (roll < 0.3) lines.push(`${k + 1}. ${head} [${tail}] [proposed by ${pick()}][${tail.toUpperCase()}] [proposed by ${pick()}, ${pick()}]`);
    else if (roll < 0.45) lines.push(`Option ${1 + (k % 2)} (${pick()}): ${s}`);
    else if (roll < 0.6) lines.push(`${k + 1}. [${pick()}: ${s}]`);
    else if (roll < 0.7) lines.push(`${k + 1}. ${head} [${tail}][${k % 9 + 1}]`, `[${k % 9 + 1}] Proposed by ${pick()}.`);
    else if (roll < 0.8) lines.push(`${k + 1}. ${head} [shall/should] ${tail} [Note: to be discussed]`);
    else lines.push(`${k + 1}. ${s}`);
  });
  lines.push('We act [now.');
  return lines.join('\n');
}

const drafts: { name: string; declaration: Declaration; log: Negotiation }[] = [
  { name: 'the corpus’s ADP draft agreement', declaration: readMarkdown(CORPUS, { name: 'adp.md' }).declaration, log: newNegotiation() },
  { name: 'the water zero draft', declaration: readDeclarationText(fixture('negotiation/water-zero-draft.txt'), { name: 'water.txt' }).declaration, log: newNegotiation(['Norway']) },
  ...[1, 2, 3].map((seed) => ({ name: `generated draft ${seed}`, declaration: readDeclarationText(generated(seed), { name: `g${seed}.txt` }).declaration, log: { ...newNegotiation(['Japan']), delegations: [{ name: 'Guyana', aliases: [], groups: [] }] } })),
];

function editorDoc(declaration: Declaration, log: Negotiation): Node {
  const doc = declarationToDoc(declaration, { provenance: false });
  return schema.nodes.doc.create({ ...doc.attrs, negotiation: log }, doc.content);
}

describe.each(drafts)('counts of $name', ({ declaration, log }) => {
  const doc = editorDoc(declaration, log);
  const panel = summarizeDraft(doc).total;
  // What the Export menu sends: the editor's document as a Declaration, with the panel's parties.
  const saved = docToDeclaration(doc, { id: 'd', sourceName: 'draft' });
  const request = { source: { kind: 'declaration' as const, declaration: saved }, parties: parserParties(log), log, mode: 'refuse' as const, paper: 'a4' as const };

  it('has brackets to count', () => {
    expect(panel.open).toBeGreaterThan(5);
  });

  it('gives the JSON bracket list the panel’s figures', async () => {
    const file = await exportNegotiation({ ...request, format: 'json' }, new Date(0));
    expect(readBracketList(String(file.content)).counts).toEqual(panel);
  });

  it('refuses the clean text with the panel’s figures', async () => {
    const refusal = await exportNegotiation({ ...request, format: 'clean-txt' }, new Date(0)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NotCleanError);
    const error = refusal as NotCleanError;
    expect([error.open.length, error.problems.length]).toEqual([panel.open, panel.unbalanced]);
    expect(error.message).toContain(`${panel.open} brackets are still open`);
  });

  it('writes the panel’s figures into the bracketed Word document', async () => {
    const file = await exportNegotiation({ ...request, format: 'bracketed-docx' }, new Date(0));
    const core = (await (await JSZip.loadAsync(file.content as Uint8Array)).file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain(`Bracketed text: ${panel.open} open brackets, ${panel.unbalanced} unpaired.`);
  }, 30_000);

  it('counts per delegation as the panel does', () => {
    const shared = readDeclarationBrackets(saved, { parties: parserParties(log) }).parse.brackets.length;
    expect(shared).toBe(panel.open);
  });
});

describe('the command line', () => {
  it('counts the corpus draft as the panel counts the draft opened from it', async () => {
    const corpus = drafts[0]!;
    const panel = summarizeDraft(editorDoc(corpus.declaration, corpus.log)).total;
    const file = fileURLToPath(new URL('../../fixtures/corpus/unfccc-adp-draft-agreement-2015-10-23.md', import.meta.url));
    const { output, code } = await runCli(['negotiation', 'brackets', file, '--workspace', mkdtempSync(path.join(os.tmpdir(), 'concord-counts-'))]);
    expect(code).toBe(0);
    expect(String(output)).toMatch(new RegExp(`^${panel.open} open \\(${panel.alternatives} alternatives, ${panel.optionSets} option sets, ${panel.unattributed} unattributed\\), ${panel.unbalanced} unbalanced`, 'u'));
  }, 60_000);
});

/** `decl` with every other open bracket that stands alone (not nested) resolved to its first alternative. */
function resolveEveryOther(decl: Declaration): { declaration: Declaration; resolved: number } {
  let { text } = readDeclarationBrackets(decl);
  const targets = readDeclarationBrackets(decl).parse.brackets.filter((b) => b.depth === 0 && b.kind === 'inline').filter((_, k) => k % 2 === 0);
  for (const b of [...targets].reverse()) text = resolveBracket(text, b, { kind: 'chose', alternative: 0 }, { at: '2031-01-01T00:00:00Z', by: 'test' }).text;
  const lines = text.split('\n');
  return { declaration: { ...decl, blocks: decl.blocks.map((b, k) => ({ ...b, text: b.kind === 'footnote' ? b.text : (lines[k] ?? b.text) })) }, resolved: targets.length };
}

describe.each(drafts)('a comparison of $name with a revision', ({ declaration }) => {
  const simple = { ...declaration, blocks: declaration.blocks.filter((b) => b.kind !== 'parties' && b.kind !== 'footnote') };
  const { declaration: revised } = resolveEveryOther(simple);
  const c = compareDeclarations(sideFromDeclaration(simple), sideFromDeclaration(revised), { budgetMs: 60_000 });
  const closed = c.summary.brackets?.closed ?? 0;
  const resolvedLines = (text: string) => text.match(/Bracket resolved:/gu)?.length ?? 0;

  it('closes brackets', () => {
    expect(closed).toBeGreaterThan(3);
  });

  it('shows on screen as many resolutions as the summary counts', () => {
    const notes = c.rows.flatMap((r) => r.brackets ?? []).map(bracketLine);
    expect(resolvedLines(notes.join('\n'))).toBe(closed);
  });

  it.each([
    ['text', () => comparisonToText(c)],
    ['HTML', () => comparisonToHtml(c)],
  ])('prints in the %s redline as many resolutions as the summary counts', (_, write) => {
    const out = write();
    expect(out).toContain(`${closed} closed`);
    expect(resolvedLines(out)).toBe(closed);
  });

  it('comments in the Word redline as many resolutions as the summary counts', async () => {
    const zip = await JSZip.loadAsync(await comparisonToDocx(c, { author: 'Chair', date: new Date(0) }));
    expect(resolvedLines((await zip.file('word/comments.xml')?.async('string')) ?? '')).toBe(closed);
  });
});
