/**
 * The document index of each key (clause id) in a library of a million clauses: an
 * open-addressing hash table in one Int32Array, filled in a single pass over the keys. A Map of
 * a million strings took seconds to fill after a load, on the first add or removal; this takes a
 * few tens of milliseconds. Removed documents stay in their slots and are passed over (their
 * slots are reused by later inserts); the keys themselves stay in the caller's array.
 */

/** FNV-1a over the UTF-16 units of text[start, end): keys are short ids, so a simple hash spreads them well. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const hashOf = (key: string) => hashRange(key, 0, key.length);

/** What the table asks of the keys it holds, by document. */
export interface KeysByDoc {
  /** hashRange of the document's key. */
  hashAt(doc: number): number;
  /** Whether the document's key is `key`. */
  is(doc: number, key: string): boolean;
}

export class KeyTable {
  // Document index + 1 per slot; 0 marks an empty slot.
  private slots: Int32Array<ArrayBufferLike> = new Int32Array(16);
  private filled = 0;
  // The slots are a view of loaded bytes, copied before the first change.
  private shared = false;

  constructor(
    private readonly keys: KeysByDoc,
    private readonly isLive: (doc: number) => boolean,
  ) {}

  /** A table holding the live documents among 0..count-1. */
  static of(count: number, keys: KeysByDoc, isLive: (doc: number) => boolean): KeyTable {
    const table = new KeyTable(keys, isLive);
    table.rebuild(count, count);
    return table;
  }

  /** A table saved by `slots` (all its documents live then), viewed in place until it changes. */
  static fromSlots(slots: Int32Array, filled: number, keys: KeysByDoc, isLive: (doc: number) => boolean): KeyTable {
    const table = new KeyTable(keys, isLive);
    table.slots = slots;
    table.filled = filled;
    table.shared = true;
    return table;
  }

  /** The table's slots, for saving: a power of two of them, each a document index + 1 or 0. */
  get saved(): Int32Array {
    return this.slots;
  }

  /** The live document with this key. */
  get(key: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let at = hashOf(key) & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) return undefined;
      if (this.isLive(slot - 1) && this.keys.is(slot - 1, key)) return slot - 1;
    }
  }

  /** Files a live document under its key; the key must not be held by another live document. */
  set(key: string, doc: number, capacity: number): void {
    if ((this.filled + 1) * 2 > this.slots.length) this.rebuild(capacity, capacity * 2);
    else if (this.shared) this.slots = this.slots.slice();
    this.shared = false;
    const mask = this.slots.length - 1;
    for (let at = hashOf(key) & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) this.filled++;
      else if (this.isLive(slot - 1) && slot - 1 !== doc) continue;
      this.slots[at] = doc + 1;
      return;
    }
  }

  /** Refills the table with the live documents among 0..count-1, sized for `room` of them. */
  private rebuild(count: number, room: number): void {
    let size = 16;
    while (size < room * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.filled = 0;
    const mask = size - 1;
    for (let doc = 0; doc < count; doc++) {
      if (!this.isLive(doc)) continue;
      let at = this.keys.hashAt(doc) & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = doc + 1;
      this.filled++;
    }
  }
}
