/**
 * Numbers the spellings of words found as spans of a text, without slicing
 * the span out: a spelling seen before costs two hashes of its characters and
 * a probe. Each spelling's slot has room for a few values its caller keeps
 * beside it (`VALUES` of them, at `valueAt`), so that a token costs one memory
 * line, not one per value. When full it starts again from number 0, so
 * numbers stay below `capacity`; callers then overwrite what they kept.
 *
 * A spelling is known by two independent 32-bit hashes, one seeded with its
 * length, not by comparing characters (comparing cost more than the rest of
 * the lookup): two spellings are taken for one only when both hashes agree.
 */
export class SpellingNumbers {
  /** Per slot: first hash, second hash, number + 1 (0: empty), then the caller's values. */
  readonly slots: Int32Array;
  private readonly mask: number;
  private size = 0;
  /** Whether the last spelling looked up was new: its values are to be worked out. */
  isNew = false;
  /** The number of the last spelling looked up. */
  number = 0;

  constructor(readonly capacity: number) {
    const slotCount = 2 ** Math.ceil(Math.log2(capacity * 2));
    this.slots = new Int32Array(slotCount * STRIDE);
    this.mask = slotCount - 1;
  }

  /** Where the values of the spelling text[start, end) are kept in `slots`. */
  valueAt(text: string, start: number, end: number): number {
    let first = 0x9747b28c;
    let second = end - start;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      first = Math.imul(first ^ code, 0x5bd1e995);
      second = Math.imul(second ^ code, 0x27d4eb2d) + 0x165667b1;
    }
    first ^= first >>> 15;
    second ^= second >>> 13;
    if (this.size >= this.capacity) this.clear();
    const slots = this.slots;
    for (let slot = first & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const entry = slots[at + 2] as number;
      if (entry === 0) {
        slots[at] = first;
        slots[at + 1] = second;
        slots[at + 2] = ++this.size;
        this.isNew = true;
        this.number = this.size - 1;
        return at + 3;
      }
      if (slots[at] === first && slots[at + 1] === second) {
        this.isNew = false;
        this.number = entry - 1;
        return at + 3;
      }
    }
  }

  private clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }
}

/** Values a caller may keep in a spelling's slot. */
const VALUES = 5;
/** Ints a slot takes: 8, so that four slots fill two 64-byte memory lines and none straddles one. */
const STRIDE = 3 + VALUES;
