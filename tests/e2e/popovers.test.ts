/**
 * Popovers and badges never cover the text: the provenance popover opens after a short rest
 * of the pointer, beside the paragraph; the badges of a comparison fit their cells.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

describe('popovers and badges', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openApp();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('opens the provenance popover after a short delay, beside the paragraph', async () => {
    await s.page.getByRole('button', { name: /Cooperation Initiative on Silk Road of Innovation/ }).click();
    await s.page.getByRole('button', { name: 'New draft from this template' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    const block = s.page.locator('.cn-page > .cn-numbered').nth(1);
    await block.locator('.cn-gutter-label').hover();
    const popover = block.locator('.cn-gutter-popover');
    // Passing over a marker opens nothing; resting on it does.
    await s.page.waitForTimeout(100);
    expect(await popover.isVisible()).toBe(false);
    await expect.poll(() => popover.isVisible()).toBe(true);
    const box = await popover.boundingBox();
    const textLeft = await block.evaluate((el) => el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft));
    expect(box && box.x + box.width).toBeLessThanOrEqual(textLeft);
    await s.shot('provenance-popover');
    await s.page.mouse.move(1300, 800);
    await expect.poll(() => popover.isVisible()).toBe(false);
  });

  it('fits the move and bracket badges of a comparison in their cells', async () => {
    await s.page.getByRole('button', { name: 'Compare files…' }).click();
    const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await s.page
      .getByLabel('Compare with a file')
      .setInputFiles(file('old.txt', 'Joint Statement\n\n1. We agree [to cooperate closely].\n\n2. We note the plan of action adopted last year.\n\n3. We welcome the partners who joined.\n\n4. We will meet again.\n'));
    await s.page
      .getByLabel('Compare with a file')
      .setInputFiles(file('new.txt', 'Joint Statement\n\n1. We agree to cooperate closely.\n\n2. We welcome the partners who joined.\n\n3. We will meet again.\n\n4. We note the plan of action adopted last year.\n'));
    const badges = s.page.locator('.cmp-row .cmp-badge');
    await expect.poll(() => badges.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const labels = await badges.allInnerTexts();
    expect(labels.map((l) => l.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/moved/)]));
    const misfits = await s.page.evaluate(() =>
      [...document.querySelectorAll('.cmp-row .cmp-badge')].flatMap((badge) => {
        const cell = badge.closest('.cmp-gutter') ?? badge.parentElement;
        if (!cell) return [];
        const b = badge.getBoundingClientRect();
        const c = cell.getBoundingClientRect();
        const fits = b.left >= c.left - 0.5 && b.right <= c.right + 0.5 && badge.scrollWidth <= badge.clientWidth + 1;
        return fits ? [] : [`${badge.textContent}: ${b.left}-${b.right} in ${c.left}-${c.right}`];
      }),
    );
    expect(misfits).toEqual([]);
    await s.shot('compare-badges');
  });
});
