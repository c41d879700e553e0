import { mkdtempSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeam } from '../../main/server/teams';
import { serverProcess } from '../../main/server/server-process';
import { openApp, type Session } from './harness';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

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

/** Waits until both pages show the same blocks; on timeout, names the blocks that differ. */
async function sameOnBoth(a: Session, b: Session, ms: number): Promise<string[]> {
  const end = Date.now() + ms;
  for (;;) {
    const [x, y] = [await blocks(a.page), await blocks(b.page)];
    if (x.join('\n') === y.join('\n')) return x;
    if (Date.now() > end) {
      const differ = x.map((t, i) => [t, y[i]]).filter(([p, q]) => p !== q);
      throw new Error(`the pages still differ after ${ms} ms:\n${JSON.stringify(differ, null, 1)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const status = (s: Session) => s.page.locator('.status-bar, [role="contentinfo"]').first().innerText();

/** Clicks at the end of the block holding `words` (its last line, then End) and types `text` there. */
async function typeAfter(s: Session, words: string, text: string): Promise<void> {
  const block = s.page.locator('.cn-page > *', { hasText: words }).first();
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  if (!box) throw new Error(`the block with "${words}" is not on screen`);
  await block.click({ position: { x: box.width - 4, y: box.height - 6 } });
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
  // The adviser reaches the server through a proxy the test can cut (their network).
  let network: TcpProxy;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-e2e-collab-'));
    token = (await addTeam(dataDir, 'eu', 'EU delegation')).token;
    server = await serverProcess(['--port', '0', '--data', dataDir]);
    const serverPort = Number(new URL(server.url).port);
    network = await startTcpProxy(() => serverPort);
    head = await openApp({ workspace: workspaceOf('Head of delegation', '#1f6feb') });
    adviser = await openApp({ workspace: workspaceOf('Legal adviser', '#c2410c') });
    // The tests take the server down on purpose: the browser logs each refused reconnection.
    for (const s of [head, adviser]) s.allowErrors(/WebSocket connection to .* failed/);
  });

  afterAll(async () => {
    await head?.close();
    await adviser?.close();
    server?.child.kill('SIGKILL');
    await network?.close();
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
    await join.getByLabel('Link from your team').fill(link.replace(/:\d+#/, `:${network.port}#`));
    await join.getByLabel('Team token').fill(token);
    await join.getByRole('button', { name: 'Join' }).click();
    await adviser.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor({ timeout: 15_000 });
    await sameOnBoth(head, adviser, 15_000);
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Connected, 2 people/);
    await expect.poll(() => status(adviser)).toMatch(/Connected, 2 people/);
  });

  it('merges typing in different paragraphs and in the same one; the numbers agree', async () => {
    // Two operative paragraphs of the template the draft was made from.
    const paraA = 'Explore sustainable models for STI cooperation';
    const paraB = 'Strengthen STI collaboration and exchanges';
    // Both type at once in different paragraphs; then the adviser adds to the head's paragraph
    // once the head's words are there (concurrent typing in one paragraph is tested in
    // tests/renderer/collab, where keystrokes can be interleaved exactly).
    await Promise.all([typeAfter(head, paraA, ' (head of delegation)'), typeAfter(adviser, paraB, ' (adviser)')]);
    await expect.poll(async () => (await blocks(adviser.page)).join('\n'), { timeout: 15_000 }).toContain('(head of delegation)');
    await typeAfter(adviser, paraA, ' (adviser too)');
    const merged = (await sameOnBoth(head, adviser, 15_000)).join('\n');
    expect(merged).toContain('(head of delegation)');
    expect(merged).toContain('(adviser)');
    expect(merged).toContain('(adviser too)');
    // A new paragraph from one side renumbers on both.
    await typeAfter(head, paraB, '');
    await head.page.keyboard.press('Enter');
    await head.page.keyboard.type('We decide to meet again next year.');
    await expect.poll(async () => (await blocks(adviser.page)).join('\n'), { timeout: 15_000 }).toContain('We decide to meet again next year.');
    await sameOnBoth(head, adviser, 15_000);
    await adviser.shot('co-drafting');
  });

  it('keeps what was typed while the server was killed, and merges it when it is back', async () => {
    const port = new URL(server.url).port;
    server.child.kill('SIGKILL');
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Offline/);
    await typeAfter(head, 'We decide to meet again', ' (while offline)');
    await typeAfter(adviser, 'Fully recognizing the key role', ' (adviser offline)');
    await expect.poll(() => status(head)).toMatch(/Offline: \d+ changes? to send/);
    server = await serverProcess(['--port', port, '--data', dataDir]);
    const merged = (await sameOnBoth(head, adviser, 40_000)).join('\n');
    expect(merged).toContain('(while offline)');
    expect(merged).toContain('(adviser offline)');
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Connected, 2 people/);
  });

  it('merges the edits of a page that went offline when it comes back', async () => {
    network.cut();
    await expect.poll(() => status(adviser), { timeout: 20_000 }).toMatch(/Offline/);
    await typeAfter(adviser, 'Aiming to consolidate', ' (on the plane)');
    await typeAfter(head, 'Reviewing the achievements', ' (at the office)');
    await expect.poll(() => status(adviser)).toMatch(/Offline: \d+ changes? to send/);
    await adviser.shot('co-drafting-offline');
    network.restore();
    const merged = (await sameOnBoth(head, adviser, 40_000)).join('\n');
    expect(merged).toContain('(on the plane)');
    expect(merged).toContain('(at the office)');
  });
});
