/**
 * The negotiation panel's compilation tools, clicked through on a compilation text: names
 * written two ways merged in one click, who proposed what charted, every proposal of a
 * delegation accepted at once (reached by keyboard) and undone with one Ctrl+Z, and alternative 2
 * kept throughout a section. Each test starts from its own app and draft.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const FIXTURE = new URL('../fixtures/negotiation-e2e/compilation-bracketed.txt', import.meta.url);

describe('compilation tools in the negotiation panel', () => {
  let s: Session;
  const openCount = () => s.page.getByTestId('ng-open').innerText();
  const panel = () => s.page.getByLabel('Negotiation', { exact: true });
  const page = () => s.page.locator('.cn-page').innerText();

  const openCompilation = async () => {
    await s.page.getByLabel('Open a declaration file').setInputFiles({ name: 'compilation.txt', mimeType: 'text/plain', buffer: readFileSync(FIXTURE) });
    await s.page.getByRole('button', { name: 'New draft from this file' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await s.page.getByRole('tab', { name: 'Negotiation' }).click();
    await expect.poll(openCount).toBe('8');
  };

  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('flags names written two ways and merges them in one click; charts who proposed what', async () => {
    await s.close();
    s = await openApp({ viewport: { width: 1360, height: 1280 } });
    await openCompilation();
    const delegations = panel().getByLabel('Delegations', { exact: true });
    await expect.poll(() => delegations.getByRole('note').count()).toBe(3);
    // One name with its formal name from the built-in list, never cut to "G77".
    expect(await delegations.getByLabel('Formal name of G77 and China').inputValue()).toBe('the Group of 77 and China');
    const report = panel().getByLabel('Who proposed what');
    expect(await report.getByLabel('Paragraphs each delegation proposed to change, insert or delete').innerText()).toMatch(/G77 and China/u);
    expect(await report.innerText()).not.toMatch(/^G77$/mu);
    // The most contested paragraph first: three delegations (AOSIS, LDCs, US) on "We [shall]...".
    expect(await report.getByLabel('Most contested paragraphs').getByRole('button').first().innerText()).toMatch(/^3\s*We \[shall\]/u);

    await delegations.getByRole('button', { name: 'Merge as “US”' }).click();
    await expect.poll(() => delegations.getByRole('note').count()).toBe(2);
    expect(await page()).not.toContain('United States');
    expect(await page()).toContain('[by 2035] [proposed by US]');
    await delegations.getByRole('button', { name: 'Merge as “EU”' }).click();
    await expect.poll(() => delegations.getByRole('note').count()).toBe(1);
    expect(await page()).not.toContain('European Union');

    // The panel's compilation tools: who proposed what and the delegations.
    await panel().locator('.ng-report').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      // The side panel's tabs stay on top of its column: leave the section's heading below them.
      for (let node: Element | null = el.parentElement; node; node = node.parentElement) if (node.scrollTop > 0) node.scrollTop -= 70;
    });
    await s.shot('negotiation-compilation-tools');
  });

  it('accepts every proposal of a delegation from the keyboard, and one Ctrl+Z brings them back', async () => {
    await openCompilation();
    await panel().getByLabel('Resolved by').fill('Chair');
    const bulk = panel().getByLabel('Resolve in bulk');
    await bulk.getByLabel('Delegation').selectOption('AOSIS');
    await bulk.getByRole('button', { name: 'Accept all of AOSIS' }).focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(openCount).toBe('5');
    expect(await page()).toContain('We shall cooperate in good faith');
    expect(await panel().getByRole('status').innerText()).toMatch(/Proposals of AOSIS accepted: 3 resolved/u);
    expect(await panel().getByLabel('Resolved brackets').getByRole('button', { name: 'Undo' }).count()).toBe(3);

    await s.page.getByRole('textbox', { name: 'Draft declaration' }).focus();
    await s.page.keyboard.press('Control+z');
    await expect.poll(openCount).toBe('8');
    expect(await page()).toContain('We [shall] [proposed by AOSIS, LDCs][should]');
  });

  it('keeps alternative 2 throughout a section', async () => {
    await openCompilation();
    await panel().getByLabel('Resolved by').fill('Chair');
    const bulk = panel().getByLabel('Resolve in bulk');
    await bulk.getByLabel('Section').selectOption('Commitments');
    await bulk.getByLabel('Alternative').fill('2');
    await bulk.getByRole('button', { name: 'Keep alternative 2 in the section' }).click();
    await expect.poll(openCount).toBe('6');
    expect(await page()).toContain('We should cooperate');
    expect(await page()).toContain('joint bodies by 2035.');
    expect(await page()).toContain('[Developed countries shall provide');
  });
});
