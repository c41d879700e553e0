import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { parseDraftFile } from '../../../shared/draft-file';

const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-compile-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const BASE = 'Joint Statement\n\n1. We shall promote free trade.\n\n2. We recall the conference.\n';
const base = write('base.txt', BASE);
const eu = write('eu.txt', BASE.replace('shall', 'should'));
const us = write('us.md', BASE.replace('free ', ''));

describe('npm run cli -- compile', () => {
  it('names each text return after its --as, in order', async () => {
    const { output, code } = await runCli(['compile', base, eu, us, '--as', 'the European Union and its member States', '--as', 'United States of America', '--workspace', dir]);
    expect(code).toBe(0);
    expect(String(output)).toContain('1. We [shall][the European Union and its member States: should] promote [free][United States of America:] trade.');
  });

  it('asks for the delegation of a return that names no author', async () => {
    const { output, code } = await runCli(['compile', base, eu, us, '--as', 'EU', '--workspace', dir]);
    expect(code).toBe(1);
    expect(String(output)).toMatch(/2 of the returns carry no author \(.*eu\.txt, .*us\.md\) and 1 --as names were given/u);
  });

  it('writes a .concord draft whose saved declaration keeps the attributions as data', async () => {
    const { output, code } = await runCli(['compile', base, eu, '--as', 'EU', '--format', 'concord', '--workspace', dir]);
    expect(code).toBe(0);
    const draft = parseDraftFile(String(output));
    const block = draft.declaration?.blocks.find((b) => b.text.includes('promote'));
    expect(block?.text).toBe('We [shall][should] promote free trade.');
    expect(block?.attributions).toEqual([{ from: 10, to: 18, parties: ['EU'] }]);
  });

  it("takes a .concord return's comments as notes by its delegation", async () => {
    const saved = await runCli(['compile', base, eu, '--as', 'EU', '--format', 'concord', '--workspace', dir]);
    const draft = JSON.parse(String(saved.output)) as { doc?: { attrs?: Record<string, unknown> } };
    const thread = { id: 'c1', author: 'Aiko', date: '2026-12-01T10:00:00.000Z', text: 'Is "promote" enough?', anchor: 'promote', resolved: false, orphaned: false, replies: [] };
    draft.doc = { ...(draft.doc ?? { type: 'doc', content: [] }), attrs: { ...(draft.doc?.attrs ?? {}), comments: [thread] } };
    const japan = write('japan.concord', JSON.stringify(draft));
    const { output, code } = await runCli(['compile', base, japan, '--as', 'Japan', '--workspace', dir]);
    expect(code).toBe(0);
    expect(String(output)).toMatch(/\[Note: Japan: Is "promote" enough\?\]/u);
  });
});
