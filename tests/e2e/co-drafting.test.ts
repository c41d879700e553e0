import { mkdtempSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** A server, the adviser's cuttable network to it, and two people on one shared draft. */
interface Team {
  dataDir: string;
  token: string;
  server: { url: string; child: ChildProcess };
  network: TcpProxy;
  head: Session;
  adviser: Session;
}

/** Starts a server and two apps; the head shares a draft made from a template, the adviser joins it by its link. */
async function sharedDraft(): Promise<Team> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-e2e-collab-'));
  const token = (await addTeam(dataDir, 'eu', 'EU delegation')).token;
  const server = await serverProcess(['--port', '0', '--data', dataDir]);
  const serverPort = Number(new URL(server.url).port);
  // The adviser reaches the server through a proxy the test can cut (their network).
  const network = await startTcpProxy(() => serverPort);
  const head = await openApp({ workspace: workspaceOf('Head of delegation', '#1f6feb') });
  const adviser = await openApp({ workspace: workspaceOf('Legal adviser', '#c2410c') });
  // The tests take the server down on purpose: the browser logs each refused reconnection.
  for (const s of [head, adviser]) s.allowErrors(/WebSocket connection to .* failed/);

  await head.page.getByRole('button', { name: /Cooperation Initiative on Silk Road of Innovation/ }).click();
  await head.page.getByRole('button', { name: 'New draft from this template' }).click();
  await head.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
  await head.page.getByRole('button', { name: 'Share…' }).click();
  const dialog = head.page.getByRole('dialog', { name: 'Share this draft' });
  await dialog.getByLabel('Server address').fill(server.url);
  await dialog.getByLabel('Team token').fill(token);
  await dialog.getByRole('button', { name: 'Share' }).click();
  const done = head.page.getByRole('dialog', { name: 'Shared draft' });
  const link = await done.getByLabel('Link for your team').inputValue();
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
  return { dataDir, token, server, network, head, adviser };
}

// Each test starts its own server and team, so any one runs alone.
describe('co-drafting a shared draft', () => {
  let team: Team;
  beforeEach(async () => {
    team = await sharedDraft();
  });
  afterEach(async () => {
    await team?.head.close();
    await team?.adviser.close();
    team?.server.child.kill('SIGKILL');
    await team?.network.close();
    if (team) await fs.rm(team.dataDir, { recursive: true, force: true });
  });

  it('shares a draft made from a template, and a team member joins it by its link', async () => {
    await expect.poll(() => status(team.head), { timeout: 15_000 }).toMatch(/Connected, 2 people/);
    await expect.poll(() => status(team.adviser)).toMatch(/Connected, 2 people/);
  });

  // The adviser types at the end of the paragraph that holds the head's caret: a click there once
  // put the caret inside the head's caret element, and chromium dropped the first keystrokes.
  it('merges typing in different paragraphs and in the same one; the numbers agree', async () => {
    const { head, adviser } = team;
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

  it('puts what one types where one clicked, while the other keeps typing', async () => {
    const { head, adviser } = team;
    const targets = ['Strengthen STI collaboration and exchanges', 'Boost STI people-to-people exchange', 'Build joint laboratories', 'Engage in science park cooperation', 'Facilitate technology transfer'];
    let typing = true;
    // The head types below the five paragraphs, so that the lines the head adds never move them
    // between the adviser's aim and click (CI once saw a click land a line too high).
    const headTyping = (async () => {
      await typeAfter(head, 'Encourage broad participation', ' ');
      while (typing) await head.page.keyboard.type('and ', { delay: 15 });
    })();
    // Each click lands while the head's words keep arriving; each note must end its own paragraph.
    for (const [i, words] of targets.entries()) {
      await typeAfter(adviser, words, ` [note ${i}]`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    typing = false;
    await headTyping;
    const merged = await sameOnBoth(head, adviser, 15_000);
    for (const [i, words] of targets.entries()) expect(merged.find((b) => b.includes(words))).toMatch(new RegExp(`\\. \\[note ${i}\\]$`));
  });

  it('keeps what was typed while the server was killed, and merges it when it is back', async () => {
    const { head, adviser } = team;
    const port = new URL(team.server.url).port;
    team.server.child.kill('SIGKILL');
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Offline/);
    await typeAfter(head, 'Explore sustainable models', ' (while offline)');
    await typeAfter(adviser, 'Fully recognizing the key role', ' (adviser offline)');
    await expect.poll(() => status(head)).toMatch(/Offline: \d+ changes? to send/);
    team.server = await serverProcess(['--port', port, '--data', team.dataDir]);
    const merged = (await sameOnBoth(head, adviser, 40_000)).join('\n');
    expect(merged).toContain('(while offline)');
    expect(merged).toContain('(adviser offline)');
    await expect.poll(() => status(head), { timeout: 15_000 }).toMatch(/Connected, 2 people/);
  });

  it('merges the edits of a page that went offline when it comes back', async () => {
    const { head, adviser, network } = team;
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

  it('keeps the edits made offline when the page is reloaded offline, and sends them when the network is back', async () => {
    const { head, adviser, network } = team;
    network.cut();
    await expect.poll(() => status(adviser), { timeout: 20_000 }).toMatch(/Offline/);
    await typeAfter(adviser, 'Aiming to consolidate', ' (before the reload)');
    await expect.poll(() => status(adviser)).toMatch(/Offline: \d+ changes? to send/);
    // The app is opened again while still offline, and the shared draft from the Drafts list.
    await adviser.page.goto(adviser.host.url);
    await adviser.page.getByRole('tab', { name: 'Drafts' }).click();
    await adviser.page.getByRole('list', { name: 'Drafts' }).getByRole('button').first().click();
    await adviser.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await blocks(adviser.page)).join('\n'), { timeout: 15_000 }).toContain('(before the reload)');
    network.restore();
    await expect.poll(async () => (await blocks(head.page)).join('\n'), { timeout: 40_000 }).toContain('(before the reload)');
    await sameOnBoth(head, adviser, 20_000);
  });

  it('shows a comment made on one side on the other, on the same words, with its author', async () => {
    const { head, adviser } = team;
    const words = 'Explore sustainable models for STI cooperation';
    // A double click on the word selects it, as a reviewer would.
    const word = await head.page.evaluate((text) => {
      const block = [...document.querySelectorAll('.cn-page > *')].find((el) => el.textContent?.includes(text));
      const walker = document.createTreeWalker(block ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('sustainable') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'sustainable'.length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    }, words);
    if (!word) throw new Error('the word "sustainable" is not on the page');
    await head.page.mouse.dblclick(word.x, word.y);
    await expect.poll(() => head.page.evaluate(() => window.getSelection()?.toString())).toBe('sustainable');
    await head.page.waitForTimeout(100);
    await head.page.keyboard.press('Control+Alt+m');
    const dialog = head.page.getByRole('dialog', { name: 'Comment' });
    await dialog.getByRole('textbox').fill('Which models? Name them.');
    await dialog.getByRole('button', { name: 'Comment' }).click();

    await adviser.page.getByRole('tab', { name: 'Review' }).click();
    const panel = adviser.page.getByRole('region', { name: 'Review' });
    await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toContain('Which models? Name them.');
    expect(await panel.innerText()).toContain('Head of delegation');
    await expect.poll(() => adviser.page.locator('.cn-page .cn-comment').allInnerTexts()).toEqual(['sustainable']);
    await adviser.shot('co-drafting-comment');
  });

  it('shows a suggestion made in Suggesting mode on the other side, by its author, and the other can accept it', async () => {
    const { head, adviser } = team;
    await typeAfter(head, 'Explore sustainable models for STI cooperation', '');
    await head.page.keyboard.press('Control+Shift+E');
    await expect.poll(() => head.page.getByRole('button', { name: 'Suggesting' }).count()).toBe(1);
    await head.page.keyboard.type(' and joint laboratories');
    await expect.poll(() => adviser.page.locator('.cn-page ins.cn-ins').allInnerTexts(), { timeout: 15_000 }).toContainEqual(expect.stringContaining('and joint laboratories'));
    await adviser.page.getByRole('tab', { name: 'Review' }).click();
    const panel = adviser.page.getByRole('region', { name: 'Review' });
    await expect.poll(() => panel.innerText()).toMatch(/Inserted · Head of delegation[\s\S]*and joint laboratories/);
    await panel.getByRole('button', { name: /^Accept all/ }).first().click();
    await expect.poll(() => head.page.locator('.cn-page ins.cn-ins').count(), { timeout: 15_000 }).toBe(0);
    const merged = (await sameOnBoth(head, adviser, 15_000)).join('\n');
    expect(merged).toContain('participating countries. and joint laboratories');
    // Nothing the head received while suggesting was turned into the head's own suggestions.
    expect(await head.page.locator('.cn-page del.cn-del, .cn-page ins.cn-ins').count()).toBe(0);
    await adviser.shot('co-drafting-suggestion-accepted');
  });

  it('lists a version named on one side for everyone', async () => {
    const { head, adviser } = team;
    await head.page.getByRole('button', { name: 'Name version…' }).click();
    await head.page.getByRole('textbox', { name: 'Version name' }).fill('Before the ministerial');
    await head.page.getByRole('button', { name: 'Name version', exact: true }).click();
    await expect.poll(() => head.page.locator('.version-name').allInnerTexts()).toEqual(['Before the ministerial (Head of delegation)']);
    await adviser.page.getByRole('tab', { name: /^Versions/ }).click();
    await expect.poll(() => adviser.page.locator('.version-name').allInnerTexts(), { timeout: 15_000 }).toEqual(['Before the ministerial (Head of delegation)']);
  });
});
