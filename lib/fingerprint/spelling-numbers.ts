/**
 * Numbers the spellings of words found as spans of a text, without slicing
 * the span out: a spelling seen before costs two hashes of its characters and
 * a probe. Callers keep what they know of a spelling in arrays indexed by its
 * number. When full it starts again from number 0, so numbers stay below
 * `capacity`; callers then overwrite what they kept.
 *
 * A spelling is known by its length and two independent 32-bit hashes, not by
 * comparing characters (comparing cost more than the rest of the lookup): two
 * spellings are taken for one with a chance near 2^-64 a probe, where the
 * fingerprint's own 31-bit features already collide near 2^-31 a pair.
 */
export class SpellingNumbers {
  /** Per slot: first hash, second hash, length, number + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private size = 0;
  /** Whether the last spelling numbered was new: its number's kept values are to be worked out. */
  isNew = false;

  constructor(readonly capacity: number) {
    const slotCount = 2 ** Math.ceil(Math.log2(capacity * 2));
    this.slots = new Int32Array(slotCount * SLOT);
    this.mask = slotCount - 1;
  }

  /** The number of the spelling text[start, end). */
  numberOf(text: string, start: number, end: number): number {
    let first = 0x9747b28c;
    let second = end - start;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      first = Math.imul(first ^ code, 0x5bd1e995);
      second = Math.imul(second ^ code, 0x27d4eb2d) + 0x165667b1;
    }
    first ^= first >>> 15;
    second ^= second >>> 13;
    const length = end - start;
    if (this.size >= this.capacity) this.clear();
    for (let slot = first & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT;
      const entry = this.slots[at + 3] as number;
      if (entry === 0) {
        this.slots[at] = first;
        this.slots[at + 1] = second;
        this.slots[at + 2] = length;
        this.slots[at + 3] = ++this.size;
        this.isNew = true;
        return this.size - 1;
      }
      if (this.slots[at] === first && this.slots[at + 1] === second && this.slots[at + 2] === length) {
        this.isNew = false;
        return entry - 1;
      }
    }
  }

  private clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }
}

const SLOT = 4;
