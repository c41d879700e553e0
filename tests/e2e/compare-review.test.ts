/**
 * A reviewer working through a long comparison: places named by the document's numbers, the
 * change bar, F8 landing on the changed words, the filter by kind, swapping sides, full width,
 * and the PDF redline. Two built-in templates opened by the app's #compare= hook.
 */
import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openComparison, type Session } from './harness';


describe('reviewing a comparison', () => {
  let s: Session;
  const position = () => s.page.locator('.cmp-position').innerText();

  beforeAll(async () => {
    s = await openApp();
    await openComparison(s);
    await s.page.locator('.cmp-row').nth(3).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('names every change by the document’s own numbers, never a block index', async () => {
    const places = await s.page.locator('.cmp-change-where').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p).not.toMatch(/¶/u);
    expect(places.join(' | ')).toMatch(/para \d+|OP \d+|preamble \d+|“/u);
  });

  it('hides the sidebar while comparing, and remembers when it is shown again', async () => {
    expect(await s.page.getByRole('navigation', { name: 'Documents' }).count()).toBe(0);
    await s.page.getByRole('button', { name: 'Show sidebar' }).click();
    await expect.poll(() => s.page.getByRole('navigation', { name: 'Documents' }).count()).toBe(1);
    // Opening the comparison again, as a new start of the app would.
    await openComparison(s);
    await expect.poll(() => s.page.locator('.cmp-row').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    expect(await s.page.getByRole('navigation', { name: 'Documents' }).count()).toBe(1);
    await s.page.getByRole('button', { name: 'Full width' }).click();
    await expect.poll(() => s.page.getByRole('navigation', { name: 'Documents' }).count()).toBe(0);
  });

  it('draws one tick per change in the change bar, and a click goes there', async () => {
    const ticks = s.page.getByRole('navigation', { name: 'Change bar' }).getByRole('button');
    const total = Number((await position()).replace(/[^\d]/gu, ''));
    expect(await ticks.count()).toBe(total);
    await ticks.nth(2).click();
    await expect.poll(position).toMatch(/^3 of /u);
    await s.shot('compare-change-bar');
  });

  it('lands F8 on the changed words and outlines them on both sides for a moment', async () => {
    await s.page.keyboard.press('F8');
    await expect.poll(position).toMatch(/^4 of /u);
    const flashed = s.page.locator('.cmp-row.cmp-current .cmp-flash');
    await expect.poll(() => flashed.count()).toBeGreaterThan(0);
    const scroller = await s.page.locator('.cmp-scroll').boundingBox();
    const word = await flashed.first().boundingBox();
    expect(word && scroller && word.y >= scroller.y && word.y + word.height <= scroller.y + scroller.height).toBe(true);
    await s.shot('compare-f8-lands-on-words');
    await expect.poll(() => flashed.count(), { timeout: 5000 }).toBe(0);
  });

  it('filters the change list by kind, and F8 follows the filter', async () => {
    const inserted = s.page.getByRole('group', { name: 'Show changes' }).getByRole('button', { name: /^Inserted/u });
    await inserted.click();
    await expect.poll(() => inserted.getAttribute('aria-pressed')).toBe('true');
    const kinds = await s.page.locator('.cmp-change-kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Inserted']));
    await s.page.keyboard.press('F8');
    await expect.poll(position).toMatch(new RegExp(`^1 of ${kinds.length}$`, 'u'));
    await s.page.getByRole('group', { name: 'Show changes' }).getByRole('button', { name: /^All/u }).click();
  });

  it('swaps sides: what was inserted is now deleted', async () => {
    const count = async (label: string) => Number(/\d+/u.exec((await s.page.getByRole('group', { name: 'Show changes' }).getByRole('button', { name: new RegExp(`^${label}`, 'u') }).innerText()) ?? '')?.[0] ?? 0);
    const [inserted, deleted] = [await count('Inserted'), await count('Deleted')];
    const oldTitle = await s.page.locator('.cmp-title-old').innerText();
    await s.page.getByRole('button', { name: /Swap sides/u }).click();
    await expect.poll(() => s.page.locator('.cmp-title-new').innerText()).toBe(oldTitle);
    await expect.poll(() => count('Deleted'), { timeout: 30_000 }).toBe(inserted);
    expect(await count('Inserted')).toBe(deleted);
  });

  it('exports a PDF redline', async () => {
    await s.page.getByRole('button', { name: /^Export/u }).click();
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }) as Promise<Download>, s.page.getByRole('menuitem', { name: 'PDF redline' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/u);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
