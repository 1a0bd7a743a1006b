/**
 * Values remembered by how a word is spelled, looked up by a span of a text
 * without slicing the span out: the string is made once, the first time a
 * spelling is seen. Open addressing over a typed array of entry numbers.
 * When full it starts again empty, so it never holds more than `capacity`.
 */
export class SpellingTable<T> {
  /** Entry + 1 for each slot; 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private spellings: string[] = [];
  private values: T[] = [];

  constructor(private readonly capacity: number) {
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(capacity * 2)));
    this.hashes = new Int32Array(capacity);
  }

  /** The value for text[start, end), made by `make` from the spelling the first time. */
  get(text: string, start: number, end: number, make: (spelling: string) => T): T {
    const hash = spanHash(text, start, end);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      if (this.hashes[entry - 1] === hash && spelledAs(this.spellings[entry - 1] as string, text, start, end))
        return this.values[entry - 1] as T;
      slot = (slot + 1) & mask;
    }
    if (this.values.length >= this.capacity) {
      this.clear();
      slot = hash & mask;
    }
    const spelling = text.slice(start, end);
    const value = make(spelling);
    this.hashes[this.values.length] = hash;
    this.spellings.push(spelling);
    this.values.push(value);
    this.slots[slot] = this.values.length;
    return value;
  }

  private clear(): void {
    this.slots.fill(0);
    this.spellings = [];
    this.values = [];
  }
}

function spanHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x5bd1e995);
  return hash ^ (hash >>> 15);
}

function spelledAs(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let i = 0; i < spelling.length; i++)
    if (spelling.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
