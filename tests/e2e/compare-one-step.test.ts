/**
 * Comparing what is open with another file in one step (an opened file, a draft), and a long
 * comparison of 500-odd changes: the change bar still shows where they are, and its ticks go there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const TOPICS = ['trade', 'climate', 'health', 'energy', 'water', 'education', 'transport', 'finance', 'oceans', 'forests', 'culture', 'migration'];
const VERBS = ['welcome', 'support', 'encourage', 'recognise', 'reaffirm', 'note', 'stress', 'commit to'];

/** The text of paragraph `i`: distinct words so that each paragraph is recognisably itself. */
function paragraph(i: number, verb = VERBS[i % VERBS.length] ?? 'note'): string {
  const topic = TOPICS[i % TOPICS.length] ?? 'trade';
  const other = TOPICS[(i * 7 + 3) % TOPICS.length] ?? 'climate';
  return `We ${verb} the work of the ${topic} committee in its session number ${i + 1}, held jointly with the ${other} working group of region ${Math.floor(i / 12) + 1}.`;
}

/** A long statement, and a revision with one edit in nearly every paragraph: 500-odd changes. */
function longPair(): { old: string; revised: string } {
  const old: string[] = [];
  const revised: string[] = [];
  for (let i = 0; i < 560; i++) {
    old.push(paragraph(i));
    const roll = i % 10;
    if (roll === 9) continue; // deleted
    revised.push(roll === 8 ? paragraph(i) : paragraph(i, 'warmly welcome'));
    if (roll === 4) revised.push(`We also invite observers from ${TOPICS[i % TOPICS.length]} bodies to meeting ${i + 1}.`);
  }
  const render = (ps: string[]) => `Joint Statement of the Long Review\n\n${ps.map((p, k) => `${k + 1}. ${p}`).join('\n\n')}\n`;
  return { old: render(old), revised: render(revised) };
}

const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

describe('comparing the open file or draft with another file in one step', () => {
  let s: Session;
  const position = () => s.page.locator('.cmp-position').innerText();
  const pair = longPair();

  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('compares an opened file with another file: "Compare with…", then the file', async () => {
    await s.page.getByLabel('Open a declaration file').setInputFiles(file('long-old.txt', pair.old));
    await s.page.getByRole('button', { name: 'Compare with…' }).click();
    await s.page.getByLabel('Compare with a file').setInputFiles(file('long-new.txt', pair.revised));
    await expect.poll(() => s.page.locator('.cmp-row').count(), { timeout: 60_000 }).toBeGreaterThan(3);
    expect(await s.page.locator('.cmp-title-old').innerText()).toMatch(/Long Review/u);
    expect(await s.page.locator('.cmp-title-new').innerText()).toMatch(/long-new\.txt|Long Review/u);
  });

  it('shows 500-odd changes in the change bar, each tick inside the bar, in document order', async () => {
    await s.page.keyboard.press('F8');
    await expect.poll(position).toMatch(/^1 of [\d,]+$/u);
    const total = Number((await position()).replace(/^1 of /u, '').replace(/,/gu, ''));
    expect(total).toBeGreaterThanOrEqual(500);
    const bar = s.page.getByRole('navigation', { name: 'Change bar' });
    const ticks = bar.getByRole('button');
    expect(await ticks.count()).toBe(total);
    const layout = await bar.evaluate((nav) => {
      const box = nav.getBoundingClientRect();
      const tops = [...nav.querySelectorAll('button')].map((b) => b.getBoundingClientRect().top);
      return { top: box.top, bottom: box.bottom, height: box.height, tops, viewport: window.innerHeight };
    });
    // The whole comparison fits the bar: nothing to scroll to find a change.
    expect(layout.bottom).toBeLessThanOrEqual(layout.viewport + 0.5);
    expect(layout.height).toBeGreaterThan(300);
    for (const t of layout.tops) expect(t).toBeGreaterThanOrEqual(layout.top - 0.5);
    for (const t of layout.tops) expect(t).toBeLessThanOrEqual(layout.bottom);
    expect(layout.tops).toEqual([...layout.tops].sort((a, b) => a - b));
    // Spread over the bar's height, not piled at the top.
    expect((layout.tops.at(-1) ?? 0) - (layout.tops[0] ?? 0)).toBeGreaterThan(layout.height * 0.9);
  });

  it('goes to a change near the end with one click on its tick', async () => {
    const ticks = s.page.getByRole('navigation', { name: 'Change bar' }).getByRole('button');
    const total = await ticks.count();
    const pick = total - 20;
    const label = await ticks.nth(pick).getAttribute('aria-label');
    // Ticks overlap at this density: a click goes to the tick nearest the pointer.
    const box = await ticks.nth(pick).boundingBox();
    if (!box) throw new Error('The tick has no box.');
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(position).toMatch(new RegExp(`^${(pick + 1).toLocaleString('en')} of `, 'u'));
    expect(await ticks.nth(pick).getAttribute('aria-current')).toBe('true');
    const current = s.page.locator('.cmp-row.cmp-current').first();
    await current.waitFor();
    const scroller = await s.page.locator('.cmp-scroll').boundingBox();
    const row = await current.boundingBox();
    expect(row && scroller && row.y < scroller.y + scroller.height && row.y + row.height > scroller.y).toBe(true);
    // The tick says where the change is, by the document's own number.
    const place = /, (.+)$/u.exec(label ?? '')?.[1] ?? '';
    expect(place).toMatch(/\d/u);
    expect(await s.page.locator('.cmp-change[aria-current="true"]').innerText()).toContain(place);
    await s.shot('compare-change-bar-500');
  });

  it('compares the open draft with a file from its "Compare…" picker', async () => {
    await s.page.goto('about:blank');
    await s.page.goto(s.host.url);
    await s.page.getByRole('button', { name: /Joint Statement of the High-level Video Conference/u }).click();
    await s.page.getByRole('button', { name: 'New draft from this template' }).click();
    await s.page.getByRole('textbox', { name: 'Draft declaration' }).waitFor();
    await s.page.getByRole('button', { name: 'Compare…' }).click();
    await s.page.getByLabel('Compare with a file').setInputFiles(file('their-version.txt', 'Joint Statement\n\n1. We agree to cooperate closely on trade.\n\n2. We will meet again.\n'));
    await expect.poll(() => s.page.locator('.cmp-row').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    expect(await s.page.locator('.cmp-title-new').innerText()).toMatch(/their-version\.txt|Joint Statement/u);
    expect(await s.page.getByRole('region', { name: /side by side/u }).locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/trade/u)]));
  });
});
