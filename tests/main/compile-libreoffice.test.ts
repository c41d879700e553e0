import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { Compilation } from '../../shared/compile/schemas';
import { readDocxReview } from '../../shared/review/docx-review';
import { hasLibreOffice, libreOfficeConvert } from './libreoffice';

const SCRIPT = fileURLToPath(new URL('../../scripts/libreoffice/returns.py', import.meta.url));
const BASE = [
  'Joint Statement on Ocean Cooperation',
  'We, the Ministers, meeting in Geneva on 3 March 2026,',
  '1. Commit to strengthen cooperation on maritime security and the protection of ocean resources.',
  '2. Agree to meet again in 2027 to review progress.',
  '3. Call upon all States to ratify the Convention without delay.',
];
// Three delegations edit the base in LibreOffice with Track Changes on; a fourth sends plain text.
const SPEC = {
  base: BASE,
  returns: [
    { author: 'EU', file: 'eu.docx', replace: [['strengthen', 'deepen']], insert_after: [[3, 'Welcome the offer of Chile to host the next meeting.']] },
    { author: 'Japan', file: 'japan.docx', replace: [['strengthen', 'deepen'], ['2027', '2028']] },
    { author: 'G77 and China', file: 'g77.docx', replace: [['without delay', 'as soon as possible']], delete: [3] },
  ],
};

let dir = '';
const file = (name: string) => path.join(dir, name);
const cli = async (format: string) => {
  const { output, code } = await runCli(['compile', file('base.docx'), file('eu.docx'), file('japan.docx'), file('g77.docx'), file('brazil.txt'), '--as', 'Brazil', '--format', format, '--workspace', file('ws')]);
  expect(code, String(output)).toBe(0);
  return output;
};

describe.skipIf(!hasLibreOffice)('compiling returns marked up in LibreOffice by three delegations and one plain text', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'concord-compile-'));
    writeFileSync(file('spec.json'), JSON.stringify(SPEC));
    execFileSync('/usr/bin/python3', [SCRIPT, file('spec.json'), dir], { cwd: path.dirname(SCRIPT), timeout: 180_000, stdio: 'ignore' });
    writeFileSync(file('brazil.txt'), [...BASE.slice(0, 4), `${BASE[4]} Note the importance of capacity-building.`].join('\n\n'));
  }, 200_000);

  it('brackets every proposal beside the base wording with its delegations, in the text export', async () => {
    const text = String(await cli('txt'));
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Joint Statement on Ocean Cooperation',
      'We, the Ministers, meeting in Geneva on 3 March 2026,',
      '1. Commit to [strengthen][EU, Japan: deepen] cooperation on maritime security and the protection of ocean resources.',
      '2. [Agree to meet again in [2027][Japan: 2028] to review progress.][G77 and China:]',
      '[EU: Welcome the offer of Chile to host the next meeting.]',
      '3. Call upon all States to ratify the Convention [without delay][G77 and China: as soon as possible]. [Brazil: Note the importance of capacity-building.]',
    ]);
  }, 120_000);

  it('stores who proposed what as data, one return per tracked-change author', async () => {
    const { returns, compilation } = JSON.parse(String(await cli('json'))) as { returns: { delegation: string }[]; compilation: unknown };
    expect(returns.map((r) => r.delegation)).toEqual(['EU', 'Japan', 'G77 and China', 'Brazil']);
    const c = Compilation.parse(compilation);
    expect(c.paragraphs[2]?.segments).toContainEqual({ kind: 'choice', base: 'strengthen', proposals: [{ text: 'deepen', delegations: ['EU', 'Japan'] }] });
    expect(c.paragraphs[3]?.deletedBy).toEqual(['G77 and China']);
    expect(c.paragraphs[4]).toMatchObject({ origin: { kind: 'inserted' }, proposedBy: ['EU'] });
  }, 120_000);

  it('writes a Word file LibreOffice opens with the brackets shaded and the attributions visible', async () => {
    const docx = (await cli('docx')) as Uint8Array;
    // LibreOffice reads the file and writes it again: what it kept is what it showed.
    const rewritten = libreOfficeConvert(docx, 'docx');
    const text = (await readDocxReview(rewritten)).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    expect(text).toContain('Commit to [strengthen][EU, Japan: deepen] cooperation on maritime security and the protection of ocean resources.');
    expect(text).toContain('[EU: Welcome the offer of Chile to host the next meeting.]');
    const xml = (await (await JSZip.loadAsync(rewritten)).file('word/document.xml')?.async('string')) ?? '';
    const runOf = (words: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${words}</w:t></w:r>`, 'su').exec(xml)?.[0] ?? '';
    expect(runOf('deepen')).toMatch(/<w:shd [^>]*w:fill="DDEBF7"/u);
    expect(runOf('strengthen')).toMatch(/<w:shd [^>]*w:fill="FFF2CC"/u);
    expect(runOf('EU, Japan: ')).toMatch(/<w:smallCaps\/>/u);
  }, 180_000);
});
