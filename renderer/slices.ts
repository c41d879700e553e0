/**
 * Long work on the UI thread cut into slices: the work asks `breathe()` between steps, and once
 * a slice has held the thread its time, the page gets to run (keys, paint) before the next.
 */

/** Lets the page run between slices. */
export type Yield = () => Promise<void>;

/** The next macrotask: after whatever input and paint are due. */
export const toNextTask: Yield = () => new Promise((resolve) => setTimeout(resolve, 0));

/** How long one slice may hold the UI thread. */
const SLICE_MS = 20;

export class Slices {
  private sliceStart = performance.now();

  constructor(private readonly pause: Yield = toNextTask) {}

  /** Yields when the current slice has run its time; cheap to call often. */
  async breathe(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await this.pause();
    this.sliceStart = performance.now();
  }
}
