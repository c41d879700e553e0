import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryCommands } from '../../../main/library/commands';
import type { LibraryContext } from '../../../main/library/commands';
import { LibraryStore } from '../../../main/library/store';

let workspace: string;
let ctx: LibraryContext;

const CORE = 'We will safeguard the multilateral trading system with the WTO at its core and oppose protectionism.';
const AS_CORE = 'We will safeguard the multilateral trading system with the WTO as the core and oppose protectionism.';
const template = `Joint Statement on Trade\n\nBeijing, 18 June 2020\n\n1. ${CORE}\n\n2. We support the leadership of the World Health Organization in global health.\n`;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'concord-library-cli-'));
  const builtins = [{ id: 'tpl', name: 'tpl.txt', bytes: async () => new TextEncoder().encode(template) }];
  const store = LibraryStore.open({ workspace, builtins });
  ctx = { library: () => store };
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const run = (key: string, words: readonly string[], flags: readonly (readonly [string, string | true])[] = []) =>
  libraryCommands[key]!.run({ words: [...words], flags: new Map(flags) }, ctx);

describe('library CLI commands', () => {
  it('adds a folder, then finds and groups its clauses', async () => {
    const docs = path.join(workspace, 'docs');
    await mkdir(docs);
    await writeFile(path.join(docs, 'other.txt'), `Trade Initiative\n\n1. ${AS_CORE}\n`);
    expect(await run('library add', [docs])).toMatch(/^1 added, 0 updated, 0 unchanged, 0 skipped/);
    const hits = JSON.parse(await run('library search', ['"WTO at its core"'], [['json', true]])) as { clause: { text: string } }[];
    expect(hits.map((h) => h.clause.text)).toEqual([CORE]);
    expect(await run('library variants', [])).toContain('{+as the+}');
  });

  it.each([
    ['library search', ['trade'], [['year', 'soon']], /--year takes a whole number/],
    ['library add', [], [], /Name at least one file or folder/],
  ] as const)('%s explains a bad command line', async (key, words, flags, message) => {
    await expect(run(key, words, flags)).rejects.toThrow(message);
  });

  it('reports the library counts', async () => {
    expect(await run('library stats', [])).toMatch(/^1 sources, \d+ clauses/);
  });
});
