/**
 * Files of any size open without a frozen screen: a 40 MB declaration goes to the host in
 * pieces with a progress bar in the status bar, the open draft keeps answering keystrokes
 * meanwhile, Cancel stops the open and leaves the screen as it was, and choosing the same file
 * again opens it again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

/** About `bytes` of a numbered declaration: paragraphs of some 60 words. */
function bigDeclaration(bytes: number): string {
  const words = 'We reaffirm our shared commitment to multilateral cooperation, to the Charter of the United Nations and to international law, and resolve to work together on climate, health, trade and the protection of civilians in armed conflict';
  let text = 'Joint Statement on a Very Long Text\n\n';
  for (let i = 1; text.length < bytes; i++) text += `${i}. ${words} (paragraph ${i}).\n\n`;
  return text;
}

describe('opening a 40 MB file', () => {
  let s: Session;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-big-'));
  const file = path.join(dir, 'very-long.txt');
  beforeAll(async () => {
    writeFileSync(file, bigDeclaration(40 * 1024 * 1024));
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows progress, keeps the draft editable, cancels, and opens on a second try', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Drafts' }).click();
    await page.getByRole('button', { name: 'New blank draft' }).click();
    const editor = page.getByRole('textbox', { name: 'Draft declaration' });
    await editor.waitFor();
    await page.locator('.cn-page > *').last().click();
    await page.keyboard.press('Control+End');
    const progress = page.locator('.open-progress');

    // First try: cancelled while it is under way; the draft stays on screen as it was.
    await page.getByLabel('Open a declaration file').setInputFiles(file);
    await progress.waitFor();
    await page.locator('.cn-page > *').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Typed while it opens.');
    // The keystrokes were answered while the open was still running.
    expect(await progress.isVisible()).toBe(true);
    expect(await editor.innerText()).toContain('Typed while it opens.');
    await expect.poll(() => progress.innerText(), { timeout: 60_000 }).toMatch(/MB sent|reading/u);
    await s.shot('open-large-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await editor.isVisible()).toBe(true);
    expect(await page.getByRole('article').count()).toBe(0);

    // Second try with the same file: it opens, a step at a time, once the draft is saved
    // (unsaved, leaving it would ask first).
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.save-state').innerText()).toMatch(/^Saved/u);
    await page.getByLabel('Open a declaration file').setInputFiles(file);
    await progress.waitFor();
    const article = page.getByRole('article', { name: 'Joint Statement on a Very Long Text' });
    await article.waitFor({ timeout: 240_000 });
    expect(await progress.count()).toBe(0);
    const more = article.locator('.decl-more');
    expect(await more.innerText()).toMatch(/^Showing 400 of 1\d\d,\d{3} blocks/u);
    expect(await article.locator('.decl-paragraph').count()).toBeLessThan(500);
    // Scrolling on shows the next step.
    await more.scrollIntoViewIfNeeded();
    await expect.poll(() => article.locator('.decl-paragraph').count()).toBeGreaterThan(500);
    await s.shot('open-large-opened');
  }, 400_000);
});
