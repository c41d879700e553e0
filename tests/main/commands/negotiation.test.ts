import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';

const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-negotiation-'));
const WATER = fileURLToPath(new URL('../../fixtures/negotiation-e2e/water-bracketed.txt', import.meta.url));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('npm run cli -- negotiation', () => {
  it('counts the open brackets of a text, per section and delegation', async () => {
    const { output, code } = await runCli(['negotiation', 'brackets', WATER, '--workspace', dir]);
    expect(code).toBe(0);
    expect(String(output)).toMatch(/^10 open/);
    expect(String(output)).toMatch(/Commitments\s+5/);
    expect(String(output)).toMatch(/EU\s+3/);
  });

  it('refuses the clean text while brackets are open, and gives it with them kept visible', async () => {
    const refused = await runCli(['negotiation', 'clean', WATER, '--workspace', dir]);
    expect(refused.code).toBe(1);
    expect(String(refused.output)).toMatch(/brackets are still open/);
    const kept = await runCli(['negotiation', 'clean', WATER, '--keep-visible', '--workspace', dir]);
    expect(kept.code).toBe(0);
    expect(String(kept.output)).toContain('[shall][should]');
  });

  it('charts the open brackets across versions, oldest first', async () => {
    const zero = write('zero.txt', 'We [shall][should] act [now].');
    const rev1 = write('rev1.txt', 'We shall act [now].');
    const { output, code } = await runCli(['negotiation', 'trend', zero, rev1, '--workspace', dir]);
    expect(code).toBe(0);
    expect(String(output)).toMatch(/zero\.txt\s+2\s+0\n.*rev1\.txt\s+1\s+0/s);
  });
});
