import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedText } from '../../shared/review/accept';
import { readDocxReview } from '../../shared/review/docx-review';
import { reviewSummary } from '../../shared/review/summary';
import { hasLibreOffice, libreOfficeAccepted, libreOfficeConvert } from '../main/libreoffice';
import { openApp, SCREENSHOTS, type Session } from './harness';

/** Sets the name and colour Concord puts on suggestions and comments, from the title bar. */
async function becomeAuthor(s: Session, name: string, colour: number) {
  await s.page.locator('.author-chip').click();
  const dialog = s.page.getByRole('dialog', { name: 'Your name and colour' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.locator('.author-color').nth(colour).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => s.page.locator('.author-chip').innerText()).toContain(name);
}

const page = (s: Session) => s.page.locator('.cn-page');

// The outside judge is LibreOffice with Debian's python3-uno (see tests/main/libreoffice.ts).
describe.skipIf(!hasLibreOffice)('a reviewed draft goes to Word and back', () => {
  let s: Session;
  let exported: Uint8Array;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('suggests as one author and comments as another', async () => {
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    await s.page.getByRole('button', { name: 'New blank draft' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('We agree to meet in Geneva.');

    await becomeAuthor(s, 'Ana Ortiz', 0);
    await page(s).click();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.press('Control+Shift+E');
    await expect.poll(() => s.page.getByRole('button', { name: 'Suggesting' }).count()).toBe(1);
    await s.page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 6; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.type('Vienna');
    await expect.poll(() => page(s).locator('del.cn-del').innerText()).toBe('Geneva');
    expect(await page(s).locator('ins.cn-ins').innerText()).toBe('Vienna');

    await becomeAuthor(s, 'Ben Ngata', 1);
    await page(s).locator('p', { hasText: 'We agree' }).click();
    await s.page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await s.page.keyboard.press('Shift+ArrowRight');
    // ProseMirror takes in a keyboard selection on the browser's selectionchange event: let it land.
    await expect.poll(() => s.page.evaluate(() => window.getSelection()?.toString())).toBe('agree');
    await s.page.waitForTimeout(100);
    await s.page.keyboard.press('Control+Alt+m');
    const dialog = s.page.getByRole('dialog', { name: 'Comment' });
    await dialog.getByRole('textbox').fill('Is "agree" strong enough?');
    await dialog.getByRole('button', { name: 'Comment' }).click();
    const panel = s.page.getByRole('region', { name: 'Review' });
    await expect.poll(() => panel.innerText()).toContain('Is "agree" strong enough?');
    expect(await panel.innerText()).toMatch(/Deleted · Ana Ortiz[\s\S]*Geneva/);
    expect(await panel.innerText()).toMatch(/Inserted · Ana Ortiz[\s\S]*Vienna/);
    await s.shot('review-pane');
  });

  it('shows the text as it would read with all accepted, from the status bar', async () => {
    await s.page.getByLabel('Show suggestions').selectOption('accepted');
    const decided = s.page.locator('.cn-decided');
    await expect.poll(() => decided.innerText()).toContain('We agree to meet in Vienna.');
    expect(await decided.innerText()).not.toContain('Geneva');
    await s.shot('review-all-accepted');
    await s.page.getByLabel('Show suggestions').selectOption('rejected');
    await expect.poll(() => decided.innerText()).toContain('We agree to meet in Geneva.');
    expect(await decided.innerText()).not.toContain('Vienna');
    await s.page.getByLabel('Show suggestions').selectOption('marks');
    await expect.poll(() => page(s).isVisible()).toBe(true);
    expect(await page(s).innerText()).toMatch(/Geneva[\s\S]*Vienna|Vienna[\s\S]*Geneva/);
  });

  it('exports real tracked changes and comments that LibreOffice shows', async () => {
    await s.page.getByRole('button', { name: 'Export ▾' }).click();
    const download = s.page.waitForEvent('download');
    await s.page.getByRole('menuitem', { name: 'Word (.docx)', exact: true }).click();
    exported = new Uint8Array(readFileSync((await (await download).path()) ?? ''));
    const summary = reviewSummary(await readDocxReview(libreOfficeConvert(exported, 'docx')));
    expect(summary.suggestions.map((x) => [x.kind, x.author, x.text])).toEqual([
      ['delete', 'Ana Ortiz', 'Geneva'],
      ['insert', 'Ana Ortiz', 'Vienna'],
    ]);
    expect(summary.comments.map((c) => [c.author, c.text, c.anchor])).toEqual([['Ben Ngata', 'Is "agree" strong enough?', 'agree']]);
    // LibreOffice's own rendering of the export, with its marks and comment.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-review-pdf-'));
    writeFileSync(path.join(dir, 'export.pdf'), libreOfficeConvert(exported, 'pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'export.pdf'), path.join(SCREENSHOTS, 'review-libreoffice')], { stdio: 'ignore' });
  });

  it('accepted in LibreOffice and read back, gives the expected text', async () => {
    const accepted = libreOfficeAccepted(exported);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'concord-review-back-')), 'accepted.docx');
    writeFileSync(file, accepted);
    await s.page.keyboard.press('Control+s');
    await expect.poll(() => s.page.locator('.save-state').innerText()).toBe('Saved');
    await s.page.getByLabel('Open a declaration file').setInputFiles(file);
    await expect.poll(() => s.page.locator('.desk').innerText()).toContain('We agree to meet in Vienna.');
    expect(await s.page.locator('.desk').innerText()).not.toContain('Geneva');
    expect(reviewedText(await readDocxReview(accepted), 'accepted')).toEqual(['Untitled joint statement', 'We agree to meet in Vienna.']);
    await s.shot('review-read-back');
  });
});
