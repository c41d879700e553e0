/**
 * Errors stay in their place: a banner is one line with a Details toggle, pushes the app down
 * a line and never covers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const height = async (s: Session, selector: string) => (await s.page.locator(selector).first().boundingBox())?.height ?? 0;

describe('an error banner', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('is one line with Details, and the app keeps its place', async () => {
    await s.page.getByRole('button', { name: /Brief Introduction/ }).click();
    await s.page.getByRole('article').waitFor();
    const before = await height(s, '.workbench');
    await s.page.getByLabel('Open a declaration file').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 1, 2, 3, 0, 0, 0]) });
    const banner = s.page.getByRole('alert').filter({ hasText: /not text|NUL/ });
    await banner.waitFor();
    expect(await height(s, '.banner')).toBeLessThan(40);
    // The workbench loses one line at most, and the template is still on screen.
    expect(await height(s, '.workbench')).toBeGreaterThan(before - 40);
    expect(await s.page.getByRole('article').isVisible()).toBe(true);
    await s.shot('error-banner');
    await banner.getByRole('button', { name: 'Details' }).click();
    const details = s.page.locator('.banner-details');
    expect(await details.innerText()).toMatch(/Concord reads \.txt, \.md, \.html and \.docx/);
    await s.shot('error-banner-details');
    await banner.getByRole('button', { name: 'Hide details' }).click();
    expect(await details.count()).toBe(0);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    expect(await s.page.locator('.banner').count()).toBe(0);
    expect(await height(s, '.workbench')).toBeCloseTo(before, 0);
  });
});
