/**
 * Negotiation mode, clicked through: import a bracketed draft, start a draft from it, watch the
 * Negotiation tab count its brackets, name a version, resolve two brackets from the panel, see
 * the counts drop and the chart gain its second point, and undo one from the log.
 * Then export: clean text is refused while brackets are open, and given with them visible on request;
 * and the comparison with the named version reads resolved brackets as resolutions. Each test
 * starts from its own app and draft, so any one of them runs alone.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const FIXTURE = new URL('../fixtures/negotiation-e2e/water-bracketed.txt', import.meta.url);

describe('negotiation mode in a draft', () => {
  let s: Session;
  const openCount = () => s.page.getByTestId('ng-open').innerText();
  const panel = () => s.page.getByLabel('Negotiation', { exact: true });
  const jumpTo = async (excerpt: string) => {
    await panel().getByLabel('Open brackets by section').getByRole('button', { name: excerpt }).click();
    await expect.poll(() => panel().locator('.ng-here').innerText()).toContain(excerpt);
  };

  /** A draft started from the bracketed file, its Negotiation tab open. */
  const openBracketedDraft = async () => {
    await s.page.getByLabel('Open a declaration file').setInputFiles({ name: 'water-bracketed.txt', mimeType: 'text/plain', buffer: readFileSync(FIXTURE) });
    await s.page.getByRole('button', { name: 'New draft from this file' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await s.page.getByRole('tab', { name: 'Negotiation' }).click();
    await expect.poll(openCount).toBe('10');
  };
  /** Names the zero draft, then resolves two brackets as the Chair. */
  const resolveTwo = async () => {
    await s.page.getByRole('button', { name: 'Name version…' }).click();
    await s.page.getByRole('textbox', { name: 'Version name' }).fill('Zero draft');
    await s.page.getByRole('button', { name: 'Name version', exact: true }).click();
    await s.page.getByRole('tab', { name: 'Negotiation' }).click();

    await panel().getByLabel('Resolved by').fill('Chair');
    await jumpTo('[shall][should]');
    await panel().getByRole('button', { name: 'Choose 2' }).click();
    await expect.poll(openCount).toBe('9');
    await jumpTo('[every two years]');
    await panel().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(openCount).toBe('8');
  };

  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('imports a bracketed draft and counts its brackets', async () => {
    await openBracketedDraft();
    // Brackets are drawn as structure: tinted spans, attribution chips, a count per paragraph.
    expect(await s.page.locator('.cn-page .cn-bracket').count()).toBeGreaterThan(10);
    expect(await s.page.locator('.cn-page .cn-bracket-chip').count()).toBeGreaterThanOrEqual(4);
    expect(await s.page.locator('.cn-page .cn-bracketed[data-open="2"]').count()).toBeGreaterThanOrEqual(1);
    expect(await panel().getByLabel('Open brackets by delegation').innerText()).toMatch(/EU\s*3/u);
  });

  it('names a version, resolves two brackets and charts the drop', async () => {
    await openBracketedDraft();
    await resolveTwo();
    const page = await s.page.locator('.cn-page').innerText();
    expect(page).toContain('We should cooperate in good faith');
    expect(page).toContain('We decide to review progress.');

    await expect.poll(() => panel().getByRole('img').getAttribute('aria-label')).toBe('Open brackets per version: Zero draft: 10, Now: 8');
    expect(await panel().getByLabel('Resolved brackets').innerText()).toMatch(/deleted by Chair[\s\S]*alternative 2 chosen by Chair/u);
    // The panel's column scrolled to the rows clicked; show its top, counts and chart.
    await panel().evaluate((el) => {
      for (let node: Element | null = el; node; node = node.parentElement) node.scrollTop = 0;
    });
    await s.shot('negotiation-panel');
  });

  it('undoes a resolution from the log', async () => {
    await openBracketedDraft();
    await resolveTwo();
    await panel().getByLabel('Resolved brackets').getByRole('button', { name: 'Undo' }).last().click();
    await expect.poll(openCount).toBe('9');
    expect(await s.page.locator('.cn-page').innerText()).toContain('We [shall][should] cooperate');
  });

  it('refuses a clean-text export while brackets are open, and exports with them visible when asked', async () => {
    await openBracketedDraft();
    await s.page.getByRole('button', { name: 'Export ▾' }).click();
    await s.page.getByRole('menuitem', { name: 'Clean text (brackets resolved)' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Brackets are still open' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/open/);
    const download = s.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export with brackets visible' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.txt$/);
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    expect(text).toContain('[');
  });

  it('compares the draft with its zero draft and reads the resolutions as such', async () => {
    await openBracketedDraft();
    await resolveTwo();
    await s.page.getByRole('tab', { name: /Versions/ }).click();
    await s.page.getByRole('button', { name: 'Compare', exact: true }).first().click();
    await expect.poll(() => s.page.getByLabel('Summary').innerText()).toMatch(/Brackets: \d+ opened, [1-9]\d* closed/);
    expect(await s.page.locator('.cmp-bracket-notes').first().innerText()).toMatch(/Bracket resolved|resolved/i);
    await s.shot('negotiation-compare');
  });
});
