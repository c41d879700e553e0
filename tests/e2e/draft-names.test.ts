/**
 * The title names the draft: file, Drafts list, window title, title bar and exports follow the
 * title line until the user renames the draft; two drafts of one title are told apart.
 */
import type { Download } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const editor = (s: Session) => s.page.getByRole('textbox', { name: 'Draft declaration' });
const draftsList = (s: Session) => s.page.getByRole('list', { name: 'Drafts' });

/** A new blank draft whose title line is typed over with `title`. */
async function titledDraft(s: Session, title: string): Promise<void> {
  await s.page.getByRole('tab', { name: 'Drafts' }).click();
  await s.page.getByRole('button', { name: 'New blank draft' }).click();
  await editor(s).waitFor();
  await s.page.locator('.cn-page h1').click();
  await s.page.keyboard.press('End');
  await s.page.keyboard.press('Shift+Home');
  await s.page.keyboard.type(title);
  await expect.poll(() => s.page.locator('.doc-bar-title').innerText()).toBe(title);
}

// Each test opens its own app and drafts, so any one runs alone.
describe('the title names the draft', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('follows the title line in the window, the title bar, the list, the file and the exports', async () => {
    await titledDraft(s, 'Joint Statement on Rivers');
    await expect.poll(() => s.page.title()).toBe('Joint Statement on Rivers — Concord');
    await s.page.keyboard.press('Control+s');
    await expect.poll(() => s.page.locator('.save-state').innerText()).toBe('Saved');
    await expect.poll(() => draftsList(s).innerText()).toContain('Joint Statement on Rivers.concord');
    expect(await draftsList(s).innerText()).not.toContain('Untitled joint statement.concord');
    expect(await s.page.locator('.title-bar .doc-name').innerText()).toContain('Joint Statement on Rivers');
    // The editor stayed open through the rename of its file: undo still knows the typing.
    expect(await s.page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(false);
    await s.page.getByRole('button', { name: 'Export ▾' }).click();
    const [download] = await Promise.all([s.page.waitForEvent('download') as Promise<Download>, s.page.getByRole('menuitem', { name: 'Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Joint-Statement-on-Rivers\./);
    await s.shot('draft-named-by-title');
  });

  it('keeps the name the user gives it (Rename in the draft), whatever the title line says', async () => {
    await titledDraft(s, 'Joint Statement on Rivers');
    await s.page.getByRole('button', { name: 'Rename…' }).click();
    await s.page.keyboard.type('Rivers zero draft');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => draftsList(s).innerText()).toContain('Rivers zero draft.concord');
    expect(await s.page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => s.page.title()).toBe('Rivers zero draft — Concord');
    await s.page.locator('.cn-page h1').click();
    await s.page.keyboard.press('End');
    await s.page.keyboard.type(' and Lakes');
    await s.page.keyboard.press('Control+s');
    await expect.poll(() => s.page.locator('.save-state').innerText()).toBe('Saved');
    expect(await s.page.locator('.doc-bar-title').innerText()).toBe('Rivers zero draft');
    expect(await draftsList(s).innerText()).toContain('Rivers zero draft.concord');
  });

  it('tells two drafts of one title apart, and renames from the Drafts list', async () => {
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    for (const file of ['Untitled joint statement.concord', 'Untitled joint statement 2.concord']) {
      await s.page.getByRole('button', { name: 'New blank draft' }).click();
      await expect.poll(() => s.page.locator('.title-bar .doc-name').innerText(), { timeout: 10_000 }).toContain(file);
      await editor(s).waitFor();
    }
    await expect.poll(() => draftsList(s).innerText()).toContain('Untitled joint statement 2.concord');
    expect(await draftsList(s).innerText()).toContain('Untitled joint statement.concord');
    expect(await s.page.locator('.title-bar .doc-name').innerText()).toContain('Untitled joint statement 2.concord');
    await draftsList(s).getByRole('button', { name: 'Rename Untitled joint statement' }).first().click();
    await s.page.keyboard.type('Lakes declaration');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => draftsList(s).innerText()).toContain('Lakes declaration.concord');
    await s.shot('drafts-renamed');
  });
});
