import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openBrowser, SCREENSHOTS, startHostProcess, type Session } from './harness';

const paragraphs = (s: Session) => s.page.locator('.cn-page > *');
const paragraphText = (s: Session, i: number) => paragraphs(s).nth(i).innerText();

// Each test starts its own app and draft, so any one of them runs alone.
describe('drafting a statement from a template', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  /** A new draft of the Silk Road template, open in the editor. */
  const newDraft = async () => {
    await s.page.getByRole('button', { name: /Cooperation Initiative on Silk Road of Innovation/ }).click();
    await s.page.getByRole('button', { name: 'New draft from this template' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
  };
  /** Types a paragraph at the end of the draft. */
  const typeLastParagraph = async (text: string) => {
    await s.page.locator('.cn-page h1').first().click();
    await s.page.keyboard.press('Control+End');
    // The editor has taken in the new selection when the last block is marked live.
    await expect.poll(() => paragraphs(s).last().getAttribute('class')).toContain('cn-live');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.type(text);
  };

  it('starts a new draft from a template, every paragraph verbatim', async () => {
    const readBack: string[] = [];
    s.page.on('request', (r) => {
      if (r.url().includes('/api/drafts.open')) readBack.push(r.url());
    });
    await newDraft();
    await expect.poll(() => s.page.locator('.cn-gutter, [class*="gutter"]').count()).toBeGreaterThan(5);
    expect(await s.page.locator('.save-state').innerText()).toBe('Saved');
    // It opens from what the window saved, not read back (on a long draft that doubled the wait).
    expect(readBack).toEqual([]);
  });

  it('types a paragraph, moves it up with Alt+Up, undoes the move', async () => {
    await newDraft();
    await typeLastParagraph('Promote open science and the sharing of research data.');
    const count = await paragraphs(s).count();
    expect(await paragraphText(s, count - 1)).toContain('Promote open science');
    await s.page.keyboard.press('Alt+ArrowUp');
    expect(await paragraphText(s, count - 2)).toContain('Promote open science');
    await s.page.keyboard.press('Control+z');
    expect(await paragraphText(s, count - 1)).toContain('Promote open science');
    await expect.poll(() => s.page.locator('.save-state').innerText()).toMatch(/Unsaved/);
    await s.shot('draft-editing');
  });

  it('saves with Ctrl+S and finds the draft intact after a reload', async () => {
    await newDraft();
    await typeLastParagraph('Promote open science and the sharing of research data.');
    await s.page.keyboard.press('Control+s');
    await expect.poll(() => s.page.locator('.save-state').innerText()).toBe('Saved');
    await s.page.reload();
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    await s.page.getByRole('list', { name: 'Drafts' }).getByRole('button').first().click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    expect(await paragraphs(s).last().innerText()).toContain('Promote open science');
  });

  it('asks before leaving a draft with unsaved changes, and saves when told to', async () => {
    await newDraft();
    await s.page.locator('.cn-page h1').first().click();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type(' Adopted.');
    await s.page.getByRole('tab', { name: 'Templates' }).click();
    await s.page.getByRole('button', { name: /Brief Introduction/ }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Save changes to this draft?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await s.page.locator('.cn-page').innerText()).toContain('Adopted.');
    await s.page.getByRole('button', { name: /Brief Introduction/ }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByRole('article').waitFor();
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    await s.page.getByRole('list', { name: 'Drafts' }).getByRole('button').first().click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    expect(await s.page.locator('.cn-page').innerText()).toContain('Adopted.');
  });

  it('names a version and lists it', async () => {
    await newDraft();
    await s.page.getByRole('button', { name: 'Name version…' }).click();
    await s.page.getByRole('textbox', { name: 'Version name' }).fill('Zero draft');
    await s.page.getByRole('button', { name: 'Name version', exact: true }).click();
    await expect.poll(() => s.page.locator('.version-name').allInnerTexts()).toEqual(['Zero draft']);
    await s.page.keyboard.press('Control+s');
    await expect.poll(() => s.page.locator('.save-state').innerText()).toBe('Saved');
    await s.shot('draft-versions');
  });
});

describe('a crash while editing', () => {
  it('offers the autosaved work when the app is opened again', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-crash-e2e-'));
    const first = await startHostProcess(workspace);
    const one = await openBrowser(first.url);
    await one.page.getByRole('tab', { name: 'Drafts' }).click();
    await one.page.getByRole('button', { name: 'New blank draft' }).click();
    await one.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await one.page.locator('.cn-page > *').last().click();
    await one.page.keyboard.press('Control+End');
    await one.page.keyboard.type('We reaffirm our commitment to the rule of law.');
    // Wait for the autosave of the recovery copy, then kill the host as a crash would.
    await expect.poll(() => one.page.locator('.save-state').innerText(), { timeout: 15_000 }).toMatch(/recovery copy kept/);
    first.kill();
    await one.browser.close();

    const second = await startHostProcess(workspace);
    const two = await openBrowser(second.url);
    try {
      await two.page.getByRole('alert').filter({ hasText: 'Unsaved work found' }).getByRole('button', { name: 'Open to restore' }).click();
      await two.page.getByRole('button', { name: 'Restore unsaved work' }).click();
      await two.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
      expect(await two.page.locator('.cn-page').innerText()).toContain('We reaffirm our commitment to the rule of law.');
      await two.page.screenshot({ path: path.join(SCREENSHOTS, 'draft-restored.png') });
    } finally {
      await two.browser.close();
      second.kill();
    }
  });
});
