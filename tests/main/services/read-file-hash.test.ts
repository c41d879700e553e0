import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnyFile } from '../../../main/services/read-file';
import { readFile } from '../../../shared/formats/read';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const file = 'un-ga-res-80-6.md';

describe('a read file’s source hash, taken by Node’s native sha-256 in main/', () => {
  it('is what sha256sum prints and what shared/’s own sha-256 gives, so ids stay as they were', async () => {
    const bytes = readFileSync(new URL(file, corpus));
    const printed = execFileSync('sha256sum', [new URL(file, corpus).pathname], { encoding: 'utf8' }).split(' ')[0];
    const main = (await readAnyFile(file, bytes)).declaration;
    const shared = (await readFile(file, bytes)).declaration;
    expect(main.source.hash).toBe(printed);
    expect(main.source.hash).toBe(shared.source.hash);
    expect(main.id).toBe(shared.id);
  });
});
