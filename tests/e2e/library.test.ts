/**
 * The clause library in chromium: search "multilateral trading system" in the sidebar's Library
 * tab, see hits from several templates with the matches marked, import two more declarations
 * (and a broken file, reported and skipped) through "Import…", open the variants of a clause,
 * then insert a clause into a draft and see the gutter call it verbatim.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openApp, type Session } from './harness';

const QUERY = 'multilateral trading system';

/** A short declaration of the genre, written for this test: title, place and date, numbered paragraphs. */
function declaration(title: string, dateLine: string, paragraphs: string[]): Buffer {
  return Buffer.from([title, '', dateLine, '', ...paragraphs.map((p, i) => `${i + 1}. ${p}\n`)].join('\n'), 'utf8');
}

// Two wordings of the trade clause: the built-in templates hold the first, so it is the most common.
const TRADE = 'We support a universal, rules-based, open, transparent and non-discriminatory multilateral trading system with the WTO at its core.';
const TRADE_VARIANT = 'We support a universal, rules-based, open, transparent, inclusive and non-discriminatory multilateral trading system with the WTO at its core.';

const IMPORTS = [
  {
    name: 'trade-ministers-2021.txt',
    mimeType: 'text/plain',
    buffer: declaration('Joint Statement of the Ministers of Trade', 'Geneva, 12 March 2021', [
      'We, the Ministers of Trade, met by video conference to take stock of the recovery.',
      `${TRADE} We will work together to keep markets open.`,
      'We reaffirm our commitment to the 2030 Agenda for Sustainable Development.',
    ]),
  },
  {
    name: 'leaders-summit-2022.txt',
    mimeType: 'text/plain',
    buffer: declaration("Declaration of the Leaders' Summit", 'Jakarta, 4 November 2022', [
      'We, the Leaders, gathered in Jakarta for our annual summit.',
      `${TRADE_VARIANT} We will resist protectionism in all its forms.`,
      'We reaffirm our commitment to the 2030 Agenda for Sustainable Development and its Goals.',
    ]),
  },
  { name: 'damaged.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 this is not a Word file') },
];

/** Types the query in the Library tab and waits for fresh hits; returns the first one. */
async function search(s: Session): Promise<Locator> {
  const { page } = s;
  await page.getByRole('tab', { name: 'Library' }).click();
  const back = page.getByRole('button', { name: '← Results' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('searchbox', { name: 'Search the clause library' }).fill(QUERY);
  const hit = page.locator('.lib-hit').first();
  await hit.waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('.lib-hits.stale').count()).toBe(0);
  return hit;
}

/** Imports the two declarations (and the damaged file) through "Import…"; returns the summary. */
async function importDeclarations(s: Session): Promise<Locator> {
  await s.page.getByLabel('Files to import').setInputFiles(IMPORTS);
  const summary = s.page.locator('.lib-summary');
  await summary.waitFor({ timeout: 30_000 });
  return summary;
}

/**
 * Starts a draft from a template other than the first hit's source and inserts that hit at the
 * third block, so the inserted clause is the only copy of its text in the draft.
 */
async function draftWithInsertedClause(s: Session): Promise<{ editor: Locator; inserted: Locator; source: string }> {
  const { page } = s;
  const first = await search(s);
  const source = await first.locator('.lib-source-title').first().innerText();
  const text = (await first.locator('.lib-hit-text').innerText()).trim();
  await page.getByRole('tab', { name: 'Templates' }).click();
  const templates = page.getByRole('list', { name: 'Templates' }).getByRole('button');
  await templates.filter({ hasNotText: source }).first().click();
  const newDraft = page.getByRole('button', { name: /New draft from this template/ });
  await expect.poll(() => newDraft.isEnabled(), { timeout: 15_000 }).toBe(true);
  await newDraft.click();
  const editor = page.getByRole('textbox', { name: 'Draft declaration' });
  await editor.waitFor({ timeout: 15_000 });
  await editor.locator(':scope > *').nth(2).click();

  const hit = await search(s);
  expect((await hit.locator('.lib-hit-text').innerText()).trim()).toBe(text);
  const insert = hit.getByRole('button', { name: 'Insert' });
  await expect.poll(() => insert.isEnabled()).toBe(true);
  await insert.click();
  const inserted = editor.locator(':scope > *', { hasText: text.slice(0, 80) });
  await expect.poll(() => inserted.count(), { timeout: 10_000 }).toBe(1);
  return { editor, inserted, source };
}

// Each test opens its own app (and imports or drafts what it needs), so any one runs alone.
describe('the clause library in chromium', () => {
  let s: Session;

  beforeEach(async () => {
    s = await openApp();
    await s.page.getByRole('tab', { name: 'Library' }).click();
    await s.page.getByRole('searchbox', { name: 'Search the clause library' }).waitFor();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('searches as you type and shows ranked hits from at least two templates, matches marked', async () => {
    const { page } = s;
    await page.getByRole('searchbox', { name: 'Search the clause library' }).fill(QUERY);
    const hits = page.getByRole('list', { name: 'Search results' }).locator('.lib-hit');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const titles = new Set(await page.locator('.lib-hit .lib-source-title').allInnerTexts());
    expect(titles.size).toBeGreaterThanOrEqual(2);
    const marked = (await hits.first().locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked.join(' ')).toMatch(/multilateral|trading|system/);
    expect(await page.locator('.lib-stats').innerText()).toMatch(/[\d,]+ clauses from \d+ declarations · \d+ hits?/);
    await s.shot('library-search');
  });

  it('chooses a shared library in its dialog, saying why when its server does not answer', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Shared library…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clause library' });
    const address = dialog.getByRole('textbox', { name: 'Shared library address' });
    await address.fill('mysql://db.example/clauses');
    await expect.poll(() => dialog.locator('.field-error').innerText()).toMatch(/postgres:\/\/user@host:port\/database/);
    await address.fill('postgres://concord@127.0.0.1:1/clauses');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText(), { timeout: 15_000 }).toMatch(/Cannot reach the library database postgres:\/\/concord@127\.0\.0\.1:1\/clauses/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Nothing changed: the workspace's own library still answers.
    await page.getByRole('searchbox', { name: 'Search the clause library' }).fill(QUERY);
    await expect.poll(() => page.getByRole('list', { name: 'Search results' }).locator('.lib-hit').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  });

  it('imports picked files with progress, skipping a damaged one with its reason', async () => {
    const { page } = s;
    const before = await page.locator('.lib-stats').innerText();
    const summary = await importDeclarations(s);
    expect(await summary.innerText()).toMatch(/Import finished: 2 added, 0 updated, 0 unchanged, 1 skipped\./);
    expect(await page.getByRole('list', { name: 'Skipped files' }).innerText()).toMatch(/^damaged\.docx: .{10,}/);
    await expect.poll(() => page.locator('.lib-stats').innerText()).not.toBe(before);
    await s.shot('library-import');
    await summary.getByRole('button', { name: 'Close' }).click();
  });

  it('opens the variants of a hit: the standard form marked, each variant with its word diff', async () => {
    const { page } = s;
    await (await importDeclarations(s)).getByRole('button', { name: 'Close' }).click();
    await search(s);
    const hits = page.locator('.lib-hit');
    const count = await hits.count();
    let found = false;
    // Not every hit has a near-identical twin elsewhere: try the top ones in rank order.
    for (let i = 0; i < Math.min(count, 8) && !found; i++) {
      await hits.nth(i).getByRole('button', { name: 'Variants' }).click();
      const settled = page.locator('.lib-variant, .lib-variants .lib-empty, .lib-variants .lib-error');
      await settled.first().waitFor({ timeout: 15_000 });
      found = (await page.locator('.lib-variant').count()) > 1;
      if (!found) await page.getByRole('button', { name: '← Results' }).click();
    }
    expect(found, 'one of the top hits has variants').toBe(true);
    await expect.poll(() => page.locator('.lib-variant.standard .lib-badge').innerText()).toBe('Standard form');
    expect(await page.locator('.lib-variant:not(.standard) .lib-similarity').first().innerText()).toMatch(/^\d+% similar$/);
    expect(await page.locator('.lib-variant:not(.standard) .lib-diff').count()).toBeGreaterThan(0);
    expect(await page.locator('.lib-variant .lib-diff ins, .lib-variant .lib-diff del').count()).toBeGreaterThan(0);
    await s.shot('library-variants');
  });

  it('inserts a clause into a draft started from a template, and the gutter marks it verbatim', async () => {
    const { inserted, source } = await draftWithInsertedClause(s);
    const gutter = inserted.locator('.cn-gutter');
    await expect.poll(() => gutter.getAttribute('class')).toContain('cn-gutter--verbatim');
    await gutter.hover();
    await expect.poll(() => inserted.locator('.cn-gutter-popover').innerText()).toContain(`From ${source}`);
    await s.shot('library-insert');
  });

  it('suggests agreed language for the paragraph under the cursor, with score and word diff', async () => {
    const { page } = s;
    const { editor } = await draftWithInsertedClause(s);
    const tab = page.getByRole('tab', { name: 'Agreed language' });
    await tab.click();
    // Edit a clause-like paragraph a little: the library should offer the agreed wording back.
    const paragraph = editor.locator(':scope > *', { hasText: 'multilateral trading system' }).first();
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We also');
    const suggestion = page.locator('.lib-suggestion').first();
    await suggestion.waitFor({ timeout: 15_000 });
    // The typed words are what "Replace" would take out again.
    await expect.poll(() => suggestion.locator('.lib-diff del').allInnerTexts(), { timeout: 15_000 }).toContainEqual(expect.stringContaining('also'));
    expect(await suggestion.locator('.lib-similarity').innerText()).toMatch(/^\d+% match$/);
    await s.shot('library-suggestions');
  });

  it('compares the draft with the declaration an inserted clause came from', async () => {
    const { page } = s;
    await draftWithInsertedClause(s);
    await page.getByRole('button', { name: 'Compare…' }).click();
    const picker = page.getByRole('dialog');
    const section = picker.locator('section', { hasText: 'Sources of its clauses' });
    await section.waitFor();
    await section.getByRole('button').first().click();
    await expect.poll(() => page.getByLabel('Summary').innerText(), { timeout: 15_000 }).toMatch(/change/);
    await page.getByRole('button', { name: 'Close comparison' }).click();
    await page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
  });
});
