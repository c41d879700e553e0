/**
 * The keydown-to-paint probe of the editor benches, run in chromium through real key presses:
 * from the keydown event to the first frame painted after the input it caused, and (where the
 * page exposes its view as `window.concordView`) the editor's own work for each transaction.
 */
import type { Page } from 'playwright-core';

/** What one typing run measured, in ms per key. */
export interface Keystrokes {
  work: number[];
  frame: number[];
}

/** Installs the probe in the page; call once the editor is open, before typing. */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __frame: number[]; concordView?: { dispatch(tr: unknown): void } };
    w.__work = [];
    w.__frame = [];
    const view = w.concordView;
    if (view) {
      const dispatch = view.dispatch.bind(view);
      view.dispatch = (tr) => {
        const t = performance.now();
        dispatch(tr);
        w.__work.push(performance.now() - t);
      };
    }
    let t0 = 0;
    document.addEventListener('keydown', () => (t0 = performance.now()), true);
    document.addEventListener(
      'input',
      () => {
        const start = t0;
        requestAnimationFrame(() => setTimeout(() => w.__frame.push(performance.now() - start), 0));
      },
      true,
    );
  });
}

/** Types `text` one key at a time, `gapMs` apart, at the caret; returns what the probe measured. */
export async function typeAndMeasure(page: Page, text: string, gapMs = 30): Promise<Keystrokes> {
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __frame: number[] };
    return { work: w.__work, frame: w.__frame };
  });
}
