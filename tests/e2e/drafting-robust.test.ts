/**
 * The drafting pane never loses the page: select-all edits leave a valid draft, and an
 * exception inside a view keeps the draft open read-only with a notice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const page = (s: Session) => s.page.getByRole('textbox', { name: 'Draft declaration' });

async function newBlankDraft(s: Session): Promise<void> {
  await s.page.getByRole('tab', { name: 'Drafts' }).click();
  await s.page.getByRole('button', { name: 'New blank draft' }).click();
  await page(s).waitFor();
}

describe('select all, then edit', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it.each(['Backspace', 'Delete', 'x'])('Ctrl+A then %s leaves an editable draft', async (key) => {
    await newBlankDraft(s);
    await s.page.locator('.cn-page > *').last().click();
    await s.page.keyboard.type('We reaffirm our commitment.');
    await s.page.keyboard.press('Control+a');
    await s.page.keyboard.press(key);
    await s.page.keyboard.type('Fresh start');
    await expect.poll(() => page(s).innerText(), { timeout: 5000 }).toContain('Fresh start');
    expect(await page(s).innerText()).not.toContain('We reaffirm');
    expect(await s.page.locator('.cn-toolbar').count()).toBe(1);
    if (key === 'Backspace') await s.shot('draft-select-all-deleted');
    // Deleting is one undo step and the typing after it another; typing over the selection is one.
    await s.page.keyboard.press('Control+z');
    if (key !== 'x') await s.page.keyboard.press('Control+z');
    await expect.poll(() => page(s).innerText()).toContain('We reaffirm');
  });
});

describe('an unexpected error in the drafting pane', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('keeps the draft open read-only, says what happened and offers the recovery copy', async () => {
    s.allowErrors(/Simulated failure/);
    await newBlankDraft(s);
    await s.page.locator('.cn-page > *').last().click();
    await s.page.keyboard.type('We reaffirm our commitment to the rule of law.');
    await expect.poll(() => s.page.locator('.save-state').innerText(), { timeout: 15_000 }).toMatch(/recovery copy kept/);
    // A failure no test can provoke through the UI any more: the pane's status line throws
    // while React applies the next change (an effect), as any bug in a view could.
    await s.page.evaluate(() => {
      const original = Number.prototype.toLocaleString;
      Number.prototype.toLocaleString = function () {
        Number.prototype.toLocaleString = original;
        throw new Error('Simulated failure');
      };
    });
    await s.page.keyboard.type(' Firmly.');
    const notice = s.page.getByRole('alert', { name: 'The drafting pane stopped' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Simulated failure');
    // The rest of the app is still there, and the draft reads as it was, read-only.
    await expect.poll(() => s.page.getByRole('tab', { name: 'Drafts' }).count()).toBe(1);
    await expect.poll(() => s.page.locator('.draft-rescue article').innerText()).toContain('We reaffirm our commitment to the rule of law. Firmly.');
    expect(await s.page.locator('.draft-rescue [contenteditable="true"]').count()).toBe(0);
    await s.shot('draft-rescued');
    await notice.getByRole('button', { name: 'Reopen with the recovery copy' }).click();
    await s.page.getByRole('button', { name: 'Restore unsaved work' }).click();
    await page(s).waitFor();
    expect(await page(s).innerText()).toContain('We reaffirm our commitment to the rule of law. Firmly.');
  });
});
