import { mkdtempSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeam } from '../../main/server/teams';
import { serverProcess } from '../main/server/clients';
import { openApp, type Session } from './harness';

/** A workspace whose user has already given a name and colour. */
function workspaceOf(name: string, color: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-e2e-team-'));
  writeFileSync(path.join(dir, '.settings.json'), JSON.stringify({ version: 1, author: { name, color }, servers: [] }));
  return dir;
}

/** The text of each block of the page, without the others' carets and name labels. */
async function blocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.cn-page > *')].map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collab-caret').forEach((c) => c.remove());
      return (copy.textContent ?? '').replace(/\u2060/g, '');
    }),
  );
}

const status = (s: Session) => s.page.locator('.status-bar, [role="contentinfo"]').first().innerText();

/** Clicks at the end of the block holding `words` and types `text` there. */
async function typeAfter(s: Session, words: string, text: string): Promise<void> {
  const block = s.page.locator('.cn-page > *', { hasText: words }).first();
  await block.click();
  await s.page.keyboard.press('End');
  await s.page.keyboard.type(text);
}

describe('co-drafting a shared draft', () => {
  let dataDir: string;
  let token: string;
  let server: { url: string; child: ChildProcess };
  let head: Session;
  let adviser: Session;
  let link: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-e2e-collab-'));
    token = (await addTeam(dataDir, 'eu', 'EU delegation')).token;
    server = await serverProcess(['--port', '0', '--data', dataDir]);
    head = await openApp({ workspace: workspaceOf('Head of delegation', '#1f6feb') });
    adviser = await openApp({ workspace: workspaceOf('Legal adviser', '#c2410c') });
  });

  afterAll(async () => {
    await head?.close();
    await adviser?.close();
    server?.child.kill('SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('shares a draft made from a template, and a team member joins it by its link', async () => {
    await head.page.getByRole('button', { name: /Cooperation Initiative on Silk Road of Innovation/ }).click();
    await head.page.getByRole('button', { name: 'New draft from this template' }).click();
    await head.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await head.page.getByRole('button', { name: 'Share…' }).click();
    const dialog = head.page.getByRole('dialog', { name: 'Share this draft' });
    await dialog.getByLabel('Server address').fill(server.url);
    await dialog.getByLabel('Team token').fill(token);
    await dialog.getByRole('button', { name: 'Share' }).click();
    const done = head.page.getByRole('dialog', { name: 'Shared draft' });
    link = await done.getByLabel('Link for your team').inputValue();
    expect(link).toMatch(/^ws:\/\/127\.0\.0\.1:\d+#eu\//);
    await done.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Connected, only you/);

    await adviser.page.getByRole('button', { name: 'Join shared draft…' }).click();
    const join = adviser.page.getByRole('dialog', { name: 'Join a shared draft' });
    await join.getByLabel('Link from your team').fill(link);
    await join.getByLabel('Team token').fill(token);
    await join.getByRole('button', { name: 'Join' }).click();
    await adviser.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await blocks(adviser.page)).join('\n'), { timeout: 15_000 }).toBe((await blocks(head.page)).join('\n'));
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Connected, 2 people/);
    await expect.poll(() => status(adviser)).toMatch(/Connected, 2 people/);
  });

  it('merges typing in different paragraphs and in the same one; the numbers agree', async () => {
    const texts = await blocks(head.page);
    const first = texts.findIndex((t) => /^1\./.test(t.trim()));
    const paraA = texts[first]!.slice(5, 40);
    const paraB = texts[first + 2]!.slice(5, 40);
    await typeAfter(head, paraA, ' [head]');
    await typeAfter(adviser, paraB, ' [adviser]');
    await typeAfter(adviser, paraA, ' [adviser too]');
    await expect.poll(async () => (await blocks(head.page)).join('\n'), { timeout: 15_000 }).toBe((await blocks(adviser.page)).join('\n'));
    const merged = (await blocks(head.page)).join('\n');
    expect(merged).toContain('[head]');
    expect(merged).toContain('[adviser]');
    expect(merged).toContain('[adviser too]');
    // A new paragraph from one side renumbers on both.
    await typeAfter(head, paraB, '');
    await head.page.keyboard.press('Enter');
    await head.page.keyboard.type('We decide to meet again next year.');
    await expect.poll(async () => (await blocks(adviser.page)).join('\n'), { timeout: 15_000 }).toContain('We decide to meet again next year.');
    await expect.poll(async () => (await blocks(adviser.page)).join('\n')).toBe((await blocks(head.page)).join('\n'));
    await adviser.shot('co-drafting');
  });

  it('keeps what was typed while the server was killed, and merges it when it is back', async () => {
    const port = new URL(server.url).port;
    const texts = await blocks(head.page);
    const last = texts.filter((t) => t.includes('We decide to meet again'))[0]!;
    server.child.kill('SIGKILL');
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Offline/);
    await typeAfter(head, last.slice(5, 30), ' (while offline)');
    await typeAfter(adviser, texts[1]!.slice(0, 20), ' (adviser offline)');
    await expect.poll(() => status(head)).toMatch(/Offline: \d+ changes? to send/);
    await head.shot('co-drafting-offline');
    server = await serverProcess(['--port', port, '--data', dataDir]);
    await expect.poll(async () => (await blocks(head.page)).join('\n'), { timeout: 20_000 }).toBe((await blocks(adviser.page)).join('\n'));
    const merged = (await blocks(head.page)).join('\n');
    expect(merged).toContain('(while offline)');
    expect(merged).toContain('(adviser offline)');
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Connected, 2 people/);
  });

  it('merges the edits of a page that went offline when it comes back', async () => {
    const context = adviser.page.context();
    await context.setOffline(true);
    await expect.poll(() => status(adviser), { timeout: 20_000 }).toMatch(/Offline/);
    const texts = await blocks(adviser.page);
    await typeAfter(adviser, texts[1]!.slice(0, 20), ' (on the plane)');
    await typeAfter(head, texts[1]!.slice(0, 20), ' (at the office)');
    await context.setOffline(false);
    await expect.poll(async () => (await blocks(head.page)).join('\n'), { timeout: 20_000 }).toBe((await blocks(adviser.page)).join('\n'));
    const merged = (await blocks(head.page)).join('\n');
    expect(merged).toContain('(on the plane)');
    expect(merged).toContain('(at the office)');
  });
});
