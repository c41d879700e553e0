/**
 * Footnotes as in Word, through the real UI in chromium: marks renumber when a note is inserted
 * before others, a click on a mark goes to its note and back, a custom mark (†), and deleting a
 * mark takes its note along until undone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const editor = (s: Session) => s.page.getByRole('textbox', { name: 'Draft declaration' });
const marks = (s: Session) => s.page.locator('.cn-page sup.cn-footnote-ref').allInnerTexts();
/** Each note's marker and text, without the gutter's widgets. */
const notes = (s: Session) =>
  s.page.locator('.cn-page > .cn-footnote').evaluateAll((els) =>
    els.map((el) => {
      const text = el.querySelector('.cn-footnote-text')?.cloneNode(true) as Element | undefined;
      text?.querySelectorAll('[contenteditable="false"]').forEach((w) => w.remove());
      return `${el.getAttribute('data-marker')} ${text?.textContent ?? ''}`;
    }),
  );
/** The top-level block holding the caret (or the selected mark). */
const caretIn = (s: Session) =>
  s.page.evaluate(() => {
    const node = document.getSelection()?.anchorNode;
    const el = node instanceof Element ? node : node?.parentElement;
    return el?.closest('.cn-page > *')?.className ?? '';
  });

describe('footnotes as in Word', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('renumbers, links mark and note both ways, takes a custom mark, and deletes a note with its mark', async () => {
    await s.page.getByRole('tab', { name: 'Drafts' }).click();
    await s.page.getByRole('button', { name: 'New blank draft' }).click();
    await editor(s).waitFor();
    await s.page.keyboard.type('The partners met in Geneva.');
    await s.page.keyboard.press('ArrowLeft'); // before the full stop
    await s.page.keyboard.press('Control+Alt+f');
    await s.page.keyboard.type('At the Palais des Nations.');
    await expect.poll(() => notes(s)).toEqual(['1 At the Palais des Nations.']);

    // A second note before the first: it becomes 1, the other 2, and the notes follow.
    const paragraph = s.page.locator('.cn-page > *', { hasText: 'The partners' }).first();
    await paragraph.locator('text=The partners').click();
    await s.page.keyboard.press('Home');
    for (let i = 0; i < 'The partners'.length; i++) await s.page.keyboard.press('ArrowRight');
    await s.page.getByRole('button', { name: 'Footnote +' }).click();
    await s.page.keyboard.type('Chile, Kenya and Norway.');
    await expect.poll(() => marks(s)).toEqual(['1', '2']);
    expect(await paragraph.innerText()).toContain('The partners1 met in Geneva2.');
    await expect.poll(() => notes(s)).toEqual(['1 Chile, Kenya and Norway.', '2 At the Palais des Nations.']);
    await s.shot('footnotes-renumbered');

    // Mark → note, and the note's marker → back to its mark.
    await s.page.locator('.cn-page sup.cn-footnote-ref').nth(1).click();
    await expect.poll(() => caretIn(s)).toContain('cn-footnote');
    expect(await s.page.evaluate(() => document.getSelection()?.anchorNode?.textContent)).toContain('Palais');
    await s.page.locator('.cn-page .cn-footnote-marker').first().click();
    await expect.poll(() => s.page.locator('.cn-page sup.cn-footnote-ref.ProseMirror-selectednode').innerText()).toBe('1');

    // A custom mark for the selected one: †; the other is numbered 1.
    await s.page.getByRole('button', { name: 'Mark…' }).click();
    await s.page.getByRole('button', { name: '†' }).click();
    await expect.poll(() => marks(s)).toEqual(['†', '1']);
    await expect.poll(() => notes(s)).toEqual(['† Chile, Kenya and Norway.', '1 At the Palais des Nations.']);
    await s.shot('footnotes-custom-mark');

    // Deleting the † mark takes its note along; undo brings both back.
    await s.page.locator('.cn-page .cn-footnote-marker').first().click();
    await expect.poll(() => s.page.locator('.cn-page sup.cn-footnote-ref.ProseMirror-selectednode').innerText()).toBe('†');
    await s.page.keyboard.press('Delete');
    await expect.poll(() => marks(s)).toEqual(['1']);
    await expect.poll(() => notes(s)).toEqual(['1 At the Palais des Nations.']);
    expect(await paragraph.innerText()).toContain('The partners met in Geneva1.');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => marks(s)).toEqual(['†', '1']);
    await expect.poll(() => notes(s)).toEqual(['† Chile, Kenya and Norway.', '1 At the Palais des Nations.']);
  });
});
