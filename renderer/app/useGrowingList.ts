/**
 * A long list shown a step at a time: the first `step` items at once, the next step each time
 * the sentinel after them comes within a screen of view. A declaration of 100,000 paragraphs
 * opens as fast as one of a few hundred, and the page never holds more than the reader scrolled to.
 */
import { useEffect, useRef, useState } from 'react';

export const GROW_STEP = 400;

/** How many items to show, and the element to place after them. */
export function useGrowingList(total: number, step = GROW_STEP) {
  const [shown, setShown] = useState(step);
  const sentinel = useRef<HTMLDivElement | null>(null);
  const more = shown < total;
  useEffect(() => {
    const node = sentinel.current;
    if (!more || !node) return;
    // Without IntersectionObserver (old engines, test DOMs) everything is shown.
    if (typeof IntersectionObserver === 'undefined') return setShown(total);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown((n) => n + step), { rootMargin: '100% 0px' });
    observer.observe(node);
    return () => observer.disconnect();
  }, [more, shown, step, total]);
  return { shown: Math.min(shown, total), more, sentinel };
}
