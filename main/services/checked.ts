/**
 * Responses already validated against their channel's schema where they were made, in a
 * contained worker: the dispatcher need not walk a declaration of 70,000 paragraphs a second
 * time on the host's own thread, where it would hold up every other request meanwhile.
 */
const checked = new WeakSet<object>();

/** Marks a value the worker validated against the channel's response schema. */
export function checkedInWorker<T extends object>(value: T): T {
  checked.add(value);
  return value;
}

export function isCheckedInWorker(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}
