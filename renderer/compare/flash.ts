/**
 * Landing on a change's words: after a jump, the changed words of the row (both sides, and the
 * other end of a move) are scrolled to the middle of the view and outlined for a moment, so a
 * reviewer's eye finds them in a 25-line paragraph.
 */

/** How long the outline stays. */
const FLASH_MS = 1600;
/** Frames to wait for the virtualised list to render the row it scrolled to. */
const TRIES = 20;

/** Scrolls the first changed words of `rows` into the middle of `root` and outlines them all. */
export function flashChangedWords(root: HTMLElement, rows: readonly number[]): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tries = 0;
  const marked: Element[] = [];
  const attempt = () => {
    const words = rows.flatMap((r) => [...root.querySelectorAll(`[data-row="${r}"] ins, [data-row="${r}"] del`)]);
    if (words.length === 0 && tries++ < TRIES) {
      frame = requestAnimationFrame(attempt);
      return;
    }
    const first = words[0];
    if (first) first.scrollIntoView({ block: 'center', inline: 'nearest' });
    for (const w of words) {
      w.classList.add('cmp-flash');
      marked.push(w);
    }
    timer = setTimeout(() => marked.forEach((w) => w.classList.remove('cmp-flash')), FLASH_MS);
  };
  frame = requestAnimationFrame(attempt);
  return () => {
    cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    marked.forEach((w) => w.classList.remove('cmp-flash'));
  };
}
