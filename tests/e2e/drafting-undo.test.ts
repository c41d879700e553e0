/**
 * Numbers stay right through moves and their undo, and undo takes back one action at a time:
 * typing, a toolbar action, typing again are three steps.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const numbers = (s: Session) => s.page.locator('.cn-page .cn-number').allInnerTexts();
const blocks = (s: Session) => s.page.locator('.cn-page > *');

/** Puts the caret at the end of the block holding `text`, as a click there would (ProseMirror reads the DOM selection). */
async function caretAtEnd(s: Session, text: string): Promise<void> {
  await s.page.locator('.cn-page > *', { hasText: text }).evaluate((block) => {
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && !node.parentElement?.closest('[contenteditable="false"]')) last = node;
    }
    if (!last) throw new Error('no editable text in the block');
    (block.closest('[contenteditable="true"]') as HTMLElement | null)?.focus();
    block.ownerDocument.getSelection()?.collapse(last, last.textContent?.length ?? 0);
  });
  // ProseMirror takes in a DOM selection change on the next selectionchange event.
  await s.page.waitForFunction((t) => document.getSelection()?.anchorNode?.textContent === t, text);
  await s.page.waitForTimeout(50);
}

describe('moving paragraphs and undoing', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    await s.page.getByRole('button', { name: 'New blank draft' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await blocks(s).last().click();
    for (const text of ['First we agree.', 'Second we note.', 'Third we decide.']) {
      await s.page.keyboard.type(text);
      await s.page.keyboard.press('Enter');
    }
    await s.page.keyboard.type('Fourth we close.');
  });
  afterEach(async () => {
    await s?.close();
  });

  it('renumbers at once after Alt+Down, Alt+Up and undoing them', async () => {
    await caretAtEnd(s, 'Second we note.');
    await s.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => blocks(s).nth(3).innerText()).toContain('Second we note.');
    await expect.poll(() => numbers(s)).toEqual(['1.', '2.', '3.', '4.']);
    await s.shot('draft-moved-numbers');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => blocks(s).nth(2).innerText()).toContain('Second we note.');
    await expect.poll(() => numbers(s)).toEqual(['1.', '2.', '3.', '4.']);
    await s.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => blocks(s).nth(1).innerText()).toContain('Second we note.');
    await expect.poll(() => numbers(s)).toEqual(['1.', '2.', '3.', '4.']);
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => numbers(s)).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('undoes typing, a toolbar action and typing as three steps', async () => {
    const last = blocks(s).last();
    await caretAtEnd(s, 'Fourth we close.');
    await s.page.keyboard.type(' Really');
    await s.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Preamble' }).click();
    await s.page.keyboard.type(' now');
    await expect.poll(() => last.innerText()).toContain('Fourth we close. Really now');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => last.innerText()).toContain('Fourth we close. Really');
    await expect.poll(() => last.innerText()).not.toContain('now');
    await expect.poll(() => last.getAttribute('class')).toContain('cn-preamble');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => last.getAttribute('class')).toContain('cn-numbered');
    await expect.poll(() => last.innerText()).toContain('Really');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => last.innerText()).not.toContain('Really');
  });
});
