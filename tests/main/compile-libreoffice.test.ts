import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { Compilation } from '../../shared/compile/schemas';
import { readDocxReview } from '../../shared/review/docx-review';
import { hasLibreOffice, libreOfficeConvert } from './libreoffice';
import { makeReturns } from './libreoffice-returns';

let dir = '';
const file = (name: string) => path.join(dir, name);
const cli = async (format: string) => {
  const { output, code } = await runCli(['compile', file('base.docx'), file('eu.docx'), file('japan.docx'), file('g77.docx'), file('brazil.txt'), '--as', 'Brazil', '--format', format, '--workspace', file('ws')]);
  expect(code, String(output)).toBe(0);
  return output;
};

describe.skipIf(!hasLibreOffice)('compiling returns marked up in LibreOffice by three delegations and one plain text', () => {
  beforeAll(() => {
    dir = makeReturns();
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
