/**
 * Real declarations opened in the app, looked at: a UN resolution extracted from its PDF and a
 * joint statement converted to Markdown by pandoc (tests/fixtures/corpus). The read view shows
 * the real title, the document details from the front matter and the UN header, emphasis as the
 * source had it, linked footnotes, and the import report lists what was removed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, SCREENSHOTS, type Session } from './harness';

const corpus = (file: string) => readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url));

describe('reading real declarations in the app', () => {
  let s: Session;
  // Each test opens its own app and file, so any one runs alone.
  beforeEach(async () => {
    s = await openApp({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => {
    await s?.close();
  });

  const open = async (file: string) => {
    await s.page.getByLabel('Open a declaration file').setInputFiles({ name: file, mimeType: 'text/markdown', buffer: corpus(file) });
  };

  it('opens a UN resolution: its title, header details, operative paragraphs and linked footnotes', async () => {
    await open('un-ga-res-80-6.md');
    const page = s.page.getByRole('article', { name: 'Report of the International Criminal Court' });
    await page.waitFor();
    // The header shows once: as its printed lines, the details listing only what no line shows.
    const details = await page.getByLabel('Document details').innerText();
    expect(details).toMatch(/Symbol\s+A\/RES\/80\/6/u);
    expect(details).not.toMatch(/Adopted|Session|Agenda item/u);
    expect((await page.innerText()).match(/adopted by the General Assembly on 11 November 2025/giu)?.length).toBe(1);
    expect(await page.locator('.decl-paragraph .decl-num').count()).toBe(32);
    expect(await page.getByLabel('Footnotes').locator('.decl-footnote').count()).toBe(10);
    await s.page.getByRole('tab', { name: /Removed/u }).click();
    expect(await s.page.getByLabel('Import report').innerText()).toContain('front matter');
    await s.page.screenshot({ path: path.join(SCREENSHOTS, 'read-un-resolution.png') });
  });

  it('opens a pandoc joint statement: front matter title, bold kept, no Markdown left', async () => {
    await open('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md');
    const page = s.page.getByRole('article', { name: 'Joint Statement on Atlantic Cooperation' });
    await page.waitFor();
    expect(await page.locator('strong').first().innerText()).toBe('sustainable ocean economy');
    const text = await page.innerText();
    expect(text).not.toMatch(/\*\*|<!--|source_url/u);
    await s.page.screenshot({ path: path.join(SCREENSHOTS, 'read-joint-statement.png') });
  });

  it('starts a draft from the joint statement with its emphasis in the editor', async () => {
    await open('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md');
    await s.page.getByRole('article', { name: 'Joint Statement on Atlantic Cooperation' }).waitFor();
    await s.page.getByRole('button', { name: 'New draft from this file' }).click();
    const editor = s.page.getByRole('textbox', { name: 'Draft declaration' });
    await editor.waitFor();
    await expect.poll(() => editor.locator('strong').first().innerText()).toBe('sustainable ocean economy');
    await s.page.screenshot({ path: path.join(SCREENSHOTS, 'draft-joint-statement.png') });
  });
});
