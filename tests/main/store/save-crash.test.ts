import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../shared/draft-file';

const WRITER = path.resolve('tests/main/store/save-loop.ts');

/**
 * Runs the save loop in a child process and SIGKILLs it `ms` after it has finished `saves`
 * saves, so that kills land at different points however fast the disk is.
 */
function killDuringSaves(dir: string, saves: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = 0;
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').filter(Boolean).length;
      if (!armed && seen > saves) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.on('exit', () => resolve());
  });
}

describe('a crash in the middle of saving', () => {
  it('always leaves the draft and its recovery copy readable, old or new, never corrupt', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-crash-'));
    const file = path.join(dir, 'draft.concord');
    const seen = new Set<string>();
    const rounds = 12;
    for (let round = 0; round < rounds; round++) {
      await killDuringSaves(dir, round % 4, Math.floor(Math.random() * 15));
      expect(existsSync(file)).toBe(true);
      const draft = parseDraftFile(readFileSync(file, 'utf8'));
      expect(draft.title).toMatch(/^Draft v\d+$/);
      seen.add(draft.title);
      const recovery = path.join(dir, '.recovery', 'draft.concord');
      if (existsSync(recovery)) expect(() => parseDraftFile(readFileSync(recovery, 'utf8'))).not.toThrow();
    }
    // The kills landed at different points of the loop: more than one version survived.
    expect(seen.size).toBeGreaterThan(1);
  }, 60_000);
});
