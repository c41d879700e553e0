import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';

const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-library-'));

describe('npm run cli -- library add', () => {
  it('imports a folder into the clause library and says what it did', async () => {
    const sources = path.join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(path.join(sources, 'rivers.txt'), 'Declaration on Rivers\n\n1. We cooperate on shared waters.\n\n2. We meet every year.');
    writeFileSync(path.join(sources, 'empty.txt'), '');
    const { output, code } = await runCli(['library', 'add', sources, '--workspace', dir, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(String(output)) as { added: number; skipped: { path: string; reason: string }[] };
    expect(result.added).toBe(1);
    expect(result.skipped).toEqual([{ path: path.join(sources, 'empty.txt'), reason: expect.stringMatching(/empty/) }]);
    const search = await runCli(['library', 'search', 'shared waters', '--workspace', dir]);
    expect(String(search.output)).toContain('We cooperate on shared waters.');
  });

  it('removes an imported file and its clauses', async () => {
    const file = path.join(dir, 'sources', 'rivers.txt');
    expect(String((await runCli(['library', 'remove', file, '--workspace', dir])).output)).toMatch(/^Removed/);
    expect(String((await runCli(['library', 'search', 'shared waters', '--workspace', dir])).output)).not.toContain('We cooperate on shared waters.');
    expect(String((await runCli(['library', 'remove', file, '--workspace', dir])).output)).toMatch(/nothing removed/);
  });
});
