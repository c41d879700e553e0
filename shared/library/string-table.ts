/**
 * Strings numbered in the order first met, looked up by a range of a longer text without making
 * the substring: an open-addressing table on hashRange. Indexing looks up every word and token
 * of a million clauses, and a Map lookup needs the substring made and hashed first, which was
 * the largest part of the index build.
 */
import { hashRange } from './key-table';

export class StringTable {
  /** The strings by number. */
  readonly strings: string[] = [];
  // String number + 1 by hash; 0 marks an empty slot.
  private slots = new Int32Array(1 << 12);

  /**
   * The number of text[start, end), given it when new (then it is `strings.length - 1`); `hash`
   * is its hashRange, when a clause reader worked it out ahead (filed.ts).
   */
  idOf(text: string, start: number, end: number, hash = hashRange(text, start, end)): number {
    if ((this.strings.length + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) {
        this.slots[at] = this.strings.push(text.slice(start, end));
        return this.strings.length - 1;
      }
      const known = this.strings[slot - 1] as string;
      if (known.length === length && text.startsWith(known, start)) return slot - 1;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.strings.forEach((known, id) => {
      let at = hashRange(known, 0, known.length) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    });
    this.slots = slots;
  }
}
