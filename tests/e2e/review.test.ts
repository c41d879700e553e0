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

describe('comments in the margin', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Selects the last `chars` characters of the paragraph holding `words`, and comments them. */
  async function comment(words: string, chars: number, text: string) {
    await endOf(words);
    for (let i = 0; i < chars; i++) await s.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => s.page.evaluate(() => window.getSelection()?.toString().length)).toBe(chars);
    await s.page.waitForTimeout(100);
    await s.page.keyboard.press('Control+Alt+m');
    const dialog = s.page.getByRole('dialog', { name: 'Comment' });
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: 'Comment' }).click();
  }

  /** Puts the cursor at the end of the paragraph holding `words`. */
  async function endOf(words: string) {
    await page(s).locator('p', { hasText: words }).click();
    // ProseMirror takes in the click's selection a moment after mouseup: let it land before moving.
    await s.page.waitForTimeout(150);
    await s.page.keyboard.press('End');
    await expect.poll(() => s.page.evaluate(() => window.getSelection()?.focusNode?.textContent?.length === window.getSelection()?.focusOffset)).toBe(true);
  }

  /** How far each margin card stands below (or above) the first line of its words, in pixels. */
  const offsets = () =>
    s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.cn-margin-card')].map((card) => {
        const words = document.querySelector(`.cn-page .cn-comment[data-comment="${card.dataset['comment'] ?? ''}"]`);
        return words ? Math.abs(Math.round(card.getBoundingClientRect().top - words.getBoundingClientRect().top)) : null;
      }),
    );

  it('shows each comment beside its words, and keeps it there on scroll and edit', async () => {
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    await s.page.getByRole('button', { name: 'New blank draft' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('We agree to meet in Geneva.');
    for (let i = 2; i <= 24; i++) {
      await s.page.keyboard.press('Enter');
      await s.page.keyboard.type(`Paragraph ${i} is about trade.`);
    }
    await becomeAuthor(s, 'Ben Ngata', 1);
    await comment('We agree to meet', 7, 'Vienna instead?');
    await comment('Paragraph 20 is', 6, 'Which trade?');

    const margin = s.page.getByRole('complementary', { name: 'Comments in the margin' });
    await expect.poll(() => margin.locator('.cn-margin-card').count()).toBe(2);
    expect(await margin.innerText()).toMatch(/Ben Ngata[\s\S]*Vienna instead\?[\s\S]*Which trade\?/);
    await expect.poll(offsets).toEqual([0, 0]);

    await s.page.locator('.cn-desk').evaluate((desk) => desk.scrollBy(0, 400));
    expect(await offsets()).toEqual([0, 0]);

    // Three paragraphs written above the second comment's words push them down: the card follows.
    const before = await margin.locator('.cn-margin-card').nth(1).boundingBox();
    await endOf('Paragraph 5 is');
    for (let i = 0; i < 3; i++) {
      await s.page.keyboard.press('Enter');
      await s.page.keyboard.type('A new paragraph.');
    }
    await expect.poll(offsets).toEqual([0, 0]);
    const after = await margin.locator('.cn-margin-card').nth(1).boundingBox();
    expect((after?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(40);
    await s.shot('review-margin');

    // The list in the Review tab stays, with every action.
    await s.page.getByRole('tab', { name: 'Review' }).click();
    await expect.poll(() => s.page.getByRole('region', { name: 'Review' }).innerText()).toMatch(/Vienna instead\?[\s\S]*Which trade\?/);
  });

  it('shows the compared drafts\' suggestions and comments, marked as such, beside the comparison', async () => {
    await s.page.getByRole('button', { name: 'Name version…' }).click();
    await s.page.getByRole('textbox', { name: 'Version name' }).fill('Before Ben');
    await s.page.getByRole('button', { name: 'Name version', exact: true }).click();
    await expect.poll(() => s.page.locator('.version-name').allInnerTexts()).toEqual(['Before Ben']);
    // Ben suggests a word in the current text only.
    await endOf('Paragraph 3 is');
    await s.page.keyboard.press('Control+Shift+E');
    await expect.poll(() => s.page.getByRole('button', { name: 'Suggesting' }).count()).toBe(1);
    await s.page.keyboard.press('ArrowLeft');
    await s.page.keyboard.type(' in services');
    await s.page.keyboard.press('Control+Shift+E');

    await s.page.getByRole('button', { name: 'Compare…' }).click();
    await s.page.getByRole('dialog').locator('section', { hasText: 'Its versions' }).getByRole('button', { name: 'Before Ben' }).click();
    const marks = s.page.getByRole('region', { name: 'Suggestions and comments in the compared drafts' });
    await expect.poll(() => marks.innerText(), { timeout: 15_000 }).toMatch(/Before Ben: 0 suggestions, 2 comments/);
    const text = await marks.innerText();
    expect(text).toMatch(/\(current\): 1 suggestion, 2 comments/);
    expect(text).toMatch(/Suggestion · Inserted · Ben Ngata[\s\S]*para 3[\s\S]*in services/);
    expect(text).toMatch(/Comment · Ben Ngata[\s\S]*“Geneva\.”[\s\S]*Vienna instead\?/);
    // The texts compared are the drafts as they would read accepted: Ben's words are a difference too.
    await expect.poll(() => s.page.locator('.cmp-main').innerText()).toContain('in services');
    await s.shot('review-compare');
    await s.page.getByRole('button', { name: 'Close comparison' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
  });

  it('shows every side tab label whole at 1360 px', async () => {
    const clipped = await s.page.evaluate(() => {
      const side = document.querySelector('.draft-side')?.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.side-tabs [role="tab"]')]
        .filter((tab) => tab.scrollWidth > tab.clientWidth || (side !== undefined && tab.getBoundingClientRect().right > side.right + 0.5))
        .map((tab) => tab.innerText);
    });
    expect(clipped).toEqual([]);
    expect(await s.page.getByRole('tab', { name: 'Review' }).isVisible()).toBe(true);
  });
});
