import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../main/store/library/local';
import { declarationToDocx } from '../../../../shared/formats/docx-write';
import { readDeclarationText } from '../../../../shared/text/read';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'concord-library-formats-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const TEXT = ['Ministerial Declaration on Water', '', '1. We safeguard the multilateral trading system with the WTO at its core.', '', '2. We oppose the politicization of the pandemic.'].join('\n');

describe('the library reads every format Concord reads', () => {
  it.each([
    ['statement.docx', async () => declarationToDocx(readDeclarationText(TEXT, { name: 'x' }).declaration)],
    ['statement.md', async () => new TextEncoder().encode(TEXT.replace('Ministerial', '# Ministerial'))],
    ['statement.html', async () => new TextEncoder().encode(`<html><body><nav>Home</nav><main><h1>Ministerial Declaration on Water</h1><p>1. We safeguard the multilateral trading system with the WTO at its core.</p><p>2. We oppose the politicization of the pandemic.</p></main></body></html>`)],
  ])('imports %s and finds its clauses', async (name, bytes) => {
    const file = path.join(workspace, name);
    await writeFile(file, await bytes());
    const store = await LibraryStore.open({ workspace });
    const result = await store.importPaths([file]);
    expect(result.skipped).toEqual([]);
    expect(result.added).toBe(1);
    const hits = store.library.search('multilateral trading system');
    expect(hits[0]?.clause.text).toContain('the WTO at its core');
  });
});
