import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

describe('the application frame in chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the sidebar with the five built-in templates, each with a title and word count', async () => {
    const items = s.page.getByRole('list', { name: 'Templates' }).getByRole('button');
    await expect.poll(() => items.count()).toBe(5);
    const first = await items.first().innerText();
    expect(first).toMatch(/\w{4,}/);
    expect(first).toMatch(/[\d,]+ words/);
    await expect.poll(() => s.page.getByRole('tab').allInnerTexts()).toEqual(['Templates', 'Drafts', 'Library']);
    await s.shot('app-frame');
  });

  it('opens a template read-only, with its title in the title bar and its words in the status bar', async () => {
    await s.page.getByRole('button', { name: /Joint Statement of the High-level Video Conference/ }).click();
    const article = s.page.getByRole('article');
    await expect.poll(() => article.innerText()).toContain('Health Silk Road');
    expect(await s.page.locator('.doc-name').innerText()).toContain('Joint Statement');
    expect(await s.page.getByRole('status').innerText()).toMatch(/[\d,]+ words/);
    await s.shot('template-open');
  });

  it('keeps the token out of the address bar once read', async () => {
    expect(s.page.url()).not.toContain('token=');
  });

  it('lists the keyboard shortcuts on F1', async () => {
    await s.page.keyboard.press('F1');
    const dialog = s.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Alt\+↑[\s\S]*Move the paragraph/);
    await s.shot('shortcuts');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
