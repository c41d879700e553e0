import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openComparison, type Session } from './harness';

/** Two built-in templates, opened straight into the comparison by the app's #compare= hook. */
const OLD = 'template:001_3fc0054c9cd0d71e';
const NEW = 'template:000_1a65664d9f6e4a72';

async function exported(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, page.getByRole('menuitem', { name: item }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

/**
 * Starts a draft from a template, rewords a paragraph, moves the last old one up, adds one at
 * the end, and compares the draft with its source template; returns the side-by-side region.
 */
async function comparedEditedDraft(s: Session) {
  const page = () => s.page.locator('.cn-page > *');
  await s.page.getByRole('button', { name: /Joint Statement of the High-level Video Conference/ }).click();
  await s.page.getByRole('button', { name: 'New draft from this template' }).click();
  await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
  // Reword the end of one paragraph, add a new one at the end, and move the last old one up.
  await page().nth(4).click();
  await s.page.keyboard.press('End');
  await s.page.keyboard.type(' in a spirit of friendship');
  await page().last().click();
  await s.page.keyboard.press('Alt+ArrowUp');
  await s.page.keyboard.press('Alt+ArrowUp');
  await s.page.keyboard.press('Control+End');
  await s.page.keyboard.press('Enter');
  await s.page.keyboard.type('We will meet again next year to review progress.');
  await s.page.getByRole('button', { name: 'Compare…' }).click();
  await s.page.getByRole('button', { name: /^Source template:/ }).click();
  const body = s.page.getByRole('region', { name: /side by side/ });
  await expect.poll(() => body.locator('.cmp-row').count(), { timeout: 30_000 }).toBeGreaterThan(3);
  return body;
}

// Each test opens its own app and makes its own comparison, so any one runs alone.
describe('comparing a draft with the template it came from', () => {
  let s: Session;
  const position = () => s.page.locator('.cmp-position').innerText();

  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('opens a template, edits a draft of it, and compares the draft with its source', async () => {
    const body = await comparedEditedDraft(s);
    expect(await body.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('friendship')]));
    expect(await s.page.getByRole('list', { name: 'Changes by kind' }).innerText()).toMatch(/Inserted/);
    // Against its own template, computed renumbering is ignored from the start, and says so.
    expect(await s.page.getByRole('button', { name: 'Numbering' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('steps through the changes with F8, Shift+F8 and the buttons, highlighting each', async () => {
    await comparedEditedDraft(s);
    await s.page.keyboard.press('F8');
    await expect.poll(position).toMatch(/^1 of [\d,]+$/);
    await s.page.keyboard.press('F8');
    await expect.poll(position).toMatch(/^2 of /);
    await s.page.keyboard.press('Shift+F8');
    await expect.poll(position).toMatch(/^1 of /);
    await s.page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(position).toMatch(/^2 of /);
    await expect.poll(() => s.page.locator('.cmp-row.cmp-current').count()).toBeGreaterThan(0);
    expect(await s.page.locator('.cmp-change[aria-current="true"]').count()).toBe(1);
    await s.shot('compare-side-by-side');
  });

  it('shows the inline redline, keeping the current change in view', async () => {
    await comparedEditedDraft(s);
    await s.page.keyboard.press('F8');
    await expect.poll(position).toMatch(/^1 of /);
    await s.page.getByRole('button', { name: 'Redline', exact: true }).click();
    const redline = s.page.locator('.cmp-redline');
    await expect.poll(() => redline.locator('.cmp-rl-para').count()).toBeGreaterThan(3);
    expect(await redline.locator('ins').count()).toBeGreaterThan(0);
    await expect.poll(() => redline.locator('.cmp-current').count()).toBeGreaterThan(0);
    await s.shot('compare-redline');
  });

  it('exports a self-contained HTML redline', async () => {
    await comparedEditedDraft(s);
    const { name, bytes } = await exported(s.page, 'HTML redline (printable)');
    const html = bytes.toString('utf8');
    expect(name).toMatch(/\.html$/);
    expect(html).toContain('<ins> in a spirit of friendship</ins>');
    expect(html).not.toMatch(/<script|<link /);
  });

  it('exports a Word document with tracked changes, asking once for the reviewer’s name', async () => {
    await comparedEditedDraft(s);
    await s.page.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([
      s.page.waitForEvent('download') as Promise<Download>,
      (async () => {
        await s.page.getByRole('menuitem', { name: 'Word with tracked changes' }).click();
        await s.page.getByRole('textbox', { name: 'Your name' }).fill('Mission of Chile');
        await s.page.getByRole('button', { name: 'Save' }).click();
      })(),
    ]);
    const name = download.suggestedFilename();
    const bytes = await readFile(await download.path());
    expect(name).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(xml).toMatch(/<w:ins /);
    expect(xml).toContain('friendship');
    expect(xml).toContain('w:author="Mission of Chile"');
    // Kept: the next Word export does not ask again.
    const again = await exported(s.page, 'Word with tracked changes');
    expect(await (await JSZip.loadAsync(again.bytes)).file('word/document.xml')?.async('string')).toContain('w:author="Mission of Chile"');
  });
});

describe('comparing two templates opened by link', () => {
  let s: Session;
  const position = () => s.page.locator('.cmp-position').innerText();

  beforeEach(async () => {
    s = await openApp();
    await openComparison(s, OLD, NEW);
  });
  afterEach(async () => {
    await s?.close();
  });

  it('shows a summary, a chart and a change list', async () => {
    const body = s.page.getByRole('region', { name: /side by side/ });
    await expect.poll(() => body.locator('.cmp-row').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    expect(await s.page.getByRole('region', { name: 'Summary' }).innerText()).toMatch(/[\d,]+ changes?/);
    expect(await s.page.getByRole('list', { name: 'Changes by kind' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await position()).toMatch(/^[\d,]+ changes?$/);
  });

  it('jumps to a change picked in the change list', async () => {
    await s.page.getByRole('region', { name: 'Changes', exact: true }).locator('.cmp-change').nth(3).click();
    await expect.poll(position).toMatch(/^4 of /);
    await expect.poll(() => s.page.locator('.cmp-row.cmp-current').count()).toBeGreaterThan(0);
  });

  it('compares again when an ignore switch is turned on', async () => {
    const chip = s.page.getByRole('button', { name: 'Numbering' });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => s.page.getByText('Comparing again…').count()).toBe(0);
    await expect.poll(position).toMatch(/changes?$/);
  });

  it('exports the change list as JSON', async () => {
    const { name, bytes } = await exported(s.page, 'JSON change list');
    expect(name).toMatch(/\.json$/);
    expect(JSON.parse(bytes.toString('utf8'))).toBeTypeOf('object');
  });
});
