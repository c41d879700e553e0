/**
 * The keyboard everywhere: a new draft takes typing at once, menus and the find bar answer
 * Escape and arrows, dialogs select their default, focus is visible, shortcuts are on F1.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const editor = (s: Session) => s.page.getByRole('textbox', { name: 'Draft declaration' });
const focused = (s: Session) => s.page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.getAttribute('aria-label') ?? '');

/** A new blank draft with one sentence typed, which is also what the first test checks. */
async function typedDraft(s: Session): Promise<void> {
  await s.page.getByRole('tab', { name: 'Drafts' }).click();
  await s.page.getByRole('button', { name: 'New blank draft' }).click();
  await editor(s).waitFor();
  await s.page.keyboard.type('We agree to cooperate.');
  await expect.poll(() => s.page.locator('.cn-page > *').last().innerText()).toContain('We agree to cooperate.');
}

// Each test has its own app and draft, so any one runs alone and a failure stays in its test.
describe('the keyboard everywhere', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('puts the cursor in the editor after New blank draft', async () => {
    await typedDraft(s);
  });

  it('selects the suggested version name, so typing replaces it', async () => {
    await typedDraft(s);
    await s.page.getByRole('button', { name: 'Name version…' }).click();
    await s.page.keyboard.type('First reading');
    expect(await s.page.getByRole('textbox', { name: 'Version name' }).inputValue()).toBe('First reading');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(0);
  });

  it('moves in the Export menu with the arrows and closes it with Escape', async () => {
    await typedDraft(s);
    await s.page.getByRole('button', { name: 'Export ▾' }).click();
    const menu = s.page.getByRole('menu', { name: 'Export' });
    await menu.waitFor();
    await expect.poll(() => focused(s)).toBe('Word (.docx)');
    await s.page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(s)).toBe('PDF');
    await s.page.keyboard.press('ArrowUp');
    await s.page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(s)).toBe('Bracket list (JSON)');
    await s.shot('keyboard-export-menu');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => focused(s)).toBe('Export ▾');
  });

  it('shows a focus ring on the control the keyboard is on', async () => {
    await typedDraft(s);
    await s.page.getByRole('button', { name: 'Export ▾' }).focus();
    await s.page.keyboard.press('Shift+Tab');
    const outline = await s.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await s.shot('keyboard-focus-ring');
  });

  it('closes the find bar with Escape from any of its controls and clears its highlights', async () => {
    await typedDraft(s);
    await editor(s).focus();
    await s.page.keyboard.press('Control+f');
    await s.page.getByRole('searchbox', { name: 'Find' }).fill('agree');
    await expect.poll(() => s.page.locator('.cn-page .cn-find').count()).toBeGreaterThan(0);
    await s.page.getByRole('checkbox', { name: 'Match case' }).focus();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('search').count()).toBe(0);
    expect(await s.page.locator('.cn-page .cn-find, .cn-page .cn-find--current').count()).toBe(0);
    await s.page.keyboard.press('Control+f');
    await s.page.getByRole('searchbox', { name: 'Find' }).fill('agree');
    await s.page.getByRole('button', { name: 'Close find' }).click();
    expect(await s.page.locator('.cn-page .cn-find').count()).toBe(0);
  });

  it('switches side panels and block kinds by shortcut, all listed on F1', async () => {
    await typedDraft(s);
    await editor(s).focus();
    await s.page.keyboard.press('Control+Alt+2');
    await expect.poll(() => s.page.getByRole('tab', { name: 'Agreed language' }).getAttribute('aria-selected')).toBe('true');
    await s.page.keyboard.press('Control+Alt+1');
    await expect.poll(() => s.page.getByRole('tab', { name: /Checks/ }).getAttribute('aria-selected')).toBe('true');
    await editor(s).focus();
    await s.page.keyboard.press('Control+Alt+h');
    await expect.poll(() => s.page.locator('.cn-page > *').last().evaluate((el) => el.tagName)).toBe('H2');
    await s.page.keyboard.press('Control+Alt+0');
    await expect.poll(() => s.page.locator('.cn-page > *').last().getAttribute('class')).toContain('cn-numbered');
    await s.page.keyboard.press('F1');
    const help = s.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    for (const keys of ['Ctrl+Alt+F', 'Ctrl+O', 'Ctrl+Alt+C', 'Ctrl+Alt+H / Ctrl+Alt+0', 'Ctrl+Alt+1 … 4']) expect(await help.innerText()).toContain(keys);
    await s.shot('shortcuts');
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+Alt+c');
    await s.page.getByRole('dialog').first().waitFor();
    await s.page.keyboard.press('Escape');
  });

  it('inserts a footnote with Ctrl+Alt+F: a numbered mark at the cursor, its note at the end, one undo', async () => {
    await typedDraft(s);
    await editor(s).focus();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('We thank the partners');
    await s.page.keyboard.press('Control+Alt+f');
    await s.page.keyboard.type('Chile, Kenya and Norway.');
    const note = s.page.locator('.cn-page > .cn-footnote').last();
    await expect.poll(() => note.innerText()).toContain('Chile, Kenya and Norway.');
    expect(await note.getAttribute('data-marker')).toBe('1');
    expect(await s.page.locator('.cn-page sup.cn-footnote-ref').allInnerTexts()).toEqual(['1']);
    await s.shot('footnote-inserted');
    await s.page.keyboard.press('Control+z');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => s.page.locator('.cn-page sup.cn-footnote-ref').count()).toBe(0);
    expect(await s.page.locator('.cn-page > .cn-footnote').count()).toBe(0);
  });
});
