/**
 * The byte buffers a worker's answer may hand over rather than copy: every Uint8Array in it
 * that is the whole of its buffer. A view on part of a buffer (a Node Buffer from the shared
 * pool) is copied, so nothing else loses its memory.
 */
export function ownBuffers(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Uint8Array) {
      if (item.buffer instanceof ArrayBuffer && item.byteOffset === 0 && item.byteLength === item.buffer.byteLength) found.add(item.buffer);
    } else if (Array.isArray(item)) {
      stack.push(...(item as unknown[]));
    } else if (typeof item === 'object' && item !== null) {
      stack.push(...Object.values(item));
    }
  }
  return [...found];
}
