/**
 * Compiling returns, clicked through: the base and four returns (three marked up in LibreOffice
 * with tracked changes by EU, Japan and G77 and China, one plain text from Brazil, labelled by
 * hand) go into the Compile dialog; the compilation opens as a new draft in negotiation mode,
 * each proposal beside the base wording with its delegations as chips.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasLibreOffice } from '../main/libreoffice';
import { makeReturns } from '../main/libreoffice-returns';
import { openApp, type Session } from './harness';

const MIME = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', txt: 'text/plain' } as const;

describe.skipIf(!hasLibreOffice)('compiling returned drafts', () => {
  let s: Session;
  let dir = '';
  const file = (name: string) => ({ name, mimeType: name.endsWith('.txt') ? MIME.txt : MIME.docx, buffer: readFileSync(path.join(dir, name)) });

  beforeAll(() => {
    dir = makeReturns();
  }, 200_000);
  beforeEach(async () => {
    s = await openApp({ viewport: { width: 1400, height: 860 } });
  });
  afterEach(async () => {
    await s?.close();
  });

  it('labels each return from its authors, asks for the others, and opens the compilation in negotiation mode', async () => {
    await s.page.getByRole('button', { name: 'Compile returns…' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Compile returned drafts' });
    await dialog.getByLabel('Base file').setInputFiles(file('base.docx'));
    await dialog.getByLabel('Add returned drafts').setInputFiles([file('eu.docx'), file('japan.docx'), file('g77.docx'), file('brazil.txt')]);
    await expect.poll(() => dialog.locator('.compile-returns tr').count(), { timeout: 60_000 }).toBe(4);
    // Word files name their delegations; the text file must be labelled before compiling.
    expect(await dialog.locator('.compile-returns').innerText()).toMatch(/eu\.docx\s+EU[\s\S]*g77\.docx\s+G77 and China/u);
    const compileButton = dialog.getByRole('button', { name: 'Compile 4 returns' });
    expect(await compileButton.isDisabled()).toBe(true);
    await dialog.getByLabel('Delegation of brazil.txt').fill('Brazil');
    await s.shot('compile-dialog');
    await compileButton.click();

    const page = s.page.locator('.cn-page');
    await expect.poll(() => page.innerText(), { timeout: 30_000 }).toContain('Welcome the offer of Chile');
    const chips = await page.locator('.cn-party-chip').allInnerTexts();
    expect(chips).toEqual(['EU, Japan', 'Japan', 'G77 and China', 'EU', 'G77 and China', 'Brazil']);
    // The chips are drawn beside the text, not written into it: without them the paragraph holds the brackets only.
    const paragraph = page.locator('.cn-numbered, p').filter({ hasText: 'Commit to' }).first();
    const bare = await paragraph.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cn-party-chip').forEach((chip) => chip.remove());
      return copy.textContent ?? '';
    });
    expect(bare).toContain('Commit to [strengthen][deepen] cooperation');
    const panel = s.page.getByLabel('Negotiation', { exact: true });
    await expect.poll(() => panel.getByTestId('ng-open').innerText()).toBe('6');
    expect(await panel.getByLabel('Open brackets by delegation').innerText()).toMatch(/G77 and China\s*2/u);
    await s.shot('compile');
  }, 120_000);
});
