import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../main/handlers/context';
import { dispatch } from '../../main/handlers/index';

const ctx = createContext({ shell: 'web', workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-compile-')) });
const file = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') });

// The returned files are read in the contained worker; what it refuses must still reach the user in words.
describe('returned files read in the contained worker', () => {
  it('says which .concord file cannot be read', async () => {
    await expect(dispatch('compile.inspect', { file: file('eu.concord', '{"format": "concord", "broken') }, ctx)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining('eu.concord') });
  });

  it('tells whose return a file without tracked changes is, and asks for it', async () => {
    const inspected = await dispatch('compile.inspect', { file: file('brazil.txt', 'Declaration\n\n1. We agree to act.\n') }, ctx);
    expect(inspected).toEqual({ authors: [], paragraphs: 2 });
    const base = { kind: 'file', file: file('base.txt', 'Declaration\n\n1. We agree to act.\n') };
    await expect(dispatch('compile.run', { base, returns: [{ file: file('brazil.txt', 'Declaration\n\n1. We agree to act now.\n') }] }, ctx)).rejects.toMatchObject({ code: 'bad-request' });
    const done = await dispatch('compile.run', { base, returns: [{ file: file('brazil.txt', 'Declaration\n\n1. We agree to act now.\n'), as: 'Brazil' }] }, ctx);
    expect(done).toMatchObject({ returns: [{ file: 'brazil.txt', delegation: 'Brazil' }] });
  });
});
