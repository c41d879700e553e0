import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { createContext } from '../../main/handlers/context';
import { dispatch } from '../../main/handlers/index';
import { fromBase64 } from '../../main/services/base64';
import type { ExportedFile } from '../../shared/formats/schemas';
import { pdfPages } from '../tools/real-tools';

const declaration = (title: string, paragraphs: string[]) => ({ kind: 'file' as const, file: { name: `${title}.txt`, data: Buffer.from([title, ...paragraphs.map((p, i) => `${i + 1}. ${p}`)].join('\n\n')).toString('base64') } });
const a = declaration('Zero draft', ['We meet in Geneva.', 'We act now.']);
const b = declaration('Revision 1', ['We meet in Geneva.', 'We act today.']);

async function docxParts(file: ExportedFile) {
  const zip = await JSZip.loadAsync(fromBase64(file.data));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { document: await part('word/document.xml'), header: await part('word/header1.xml'), core: await part('docProps/core.xml') };
}

describe('the Word redline export', () => {
  it('signs the tracked changes with the name set in settings, and keeps "old → new" out of the body', async () => {
    const ctx = createContext({ shell: 'web', workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-redline-')) });
    await dispatch('settings.set', { author: { name: 'Mission of Chile', color: '#15803d' } }, ctx);
    const parts = await docxParts((await dispatch('compare.export', { a, b, format: 'docx' }, ctx)) as ExportedFile);
    expect(parts.document).toContain('w:author="Mission of Chile"');
    expect(parts.document).not.toContain('w:author="Concord"');
    expect(parts.document).not.toContain('Zero draft → Revision 1');
    expect(parts.header).toContain('Zero draft → Revision 1');
    expect(parts.core).toContain('<dc:title>Zero draft → Revision 1</dc:title>');
  });

  it('takes a reviewer name given with the request or on the command line', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-redline-'));
    const ctx = createContext({ shell: 'web', workspace });
    const parts = await docxParts((await dispatch('compare.export', { a, b, format: 'docx', author: 'UK delegation' }, ctx)) as ExportedFile);
    expect(parts.document).toContain('w:author="UK delegation"');
    writeFileSync(path.join(workspace, 'a.txt'), fromBase64(a.file.data));
    writeFileSync(path.join(workspace, 'b.txt'), fromBase64(b.file.data));
    const cli = await runCli(['compare', path.join(workspace, 'a.txt'), path.join(workspace, 'b.txt'), '--format', 'docx', '--author', 'Swiss delegation', '--workspace', workspace]);
    expect(cli.code).toBe(0);
    const zip = await JSZip.loadAsync(cli.output as Uint8Array);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('w:author="Swiss delegation"');
  });

  it('writes a PDF redline with the summary and the change list first', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-redline-'));
    writeFileSync(path.join(workspace, 'a.txt'), fromBase64(a.file.data));
    writeFileSync(path.join(workspace, 'b.txt'), fromBase64(b.file.data));
    const cli = await runCli(['compare', path.join(workspace, 'a.txt'), path.join(workspace, 'b.txt'), '--format', 'pdf', '--workspace', workspace]);
    expect(cli.code).toBe(0);
    const pdf = cli.output as Uint8Array;
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    const [first = ''] = await pdfPages(pdf);
    expect(first.indexOf('Paragraphs:')).toBeLessThan(first.indexOf('para 2'));
    expect(first).toMatch(/para 2\s+changed/u);
  }, 120_000);
});
