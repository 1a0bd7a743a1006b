/**
 * A set of 31-bit features that is emptied and refilled for every text:
 * open addressing over typed arrays, with a generation stamp so that emptying
 * costs nothing. Fingerprinting adds a few hundred features a story, and a
 * `Set` spent more on them than the rest of fingerprinting. Each feature keeps
 * the position it was first added at, so arrays beside the set can hang
 * values on it (a tally of term counts does).
 */
export class FeatureSet {
  private keys = new Int32Array(1024);
  private positions = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  private stamp = 1;
  private values = new Uint32Array(512);
  size = 0;

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  /** Adds a feature if it is new; returns its position either way. */
  add(feature: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const slot = this.slotOf(feature);
    if (this.stamps[slot] === this.stamp) return this.positions[slot] as number;
    this.stamps[slot] = this.stamp;
    this.keys[slot] = feature;
    this.positions[slot] = this.size;
    this.values[this.size] = feature;
    return this.size++;
  }

  /** The position a feature was added at, or -1. */
  positionOf(feature: number): number {
    const slot = this.slotOf(feature);
    return this.stamps[slot] === this.stamp ? (this.positions[slot] as number) : -1;
  }

  /** The first `n` features added, in the order they were added. */
  first(n: number): Uint32Array {
    return this.values.slice(0, Math.min(n, this.size));
  }

  /** The features, sorted. */
  sorted(): Uint32Array {
    return this.values.slice(0, this.size).sort();
  }

  /** The slot holding the feature, or the free one it would go in. */
  private slotOf(feature: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(feature, 0x9e3779b1) & mask;
    while (this.stamps[slot] === this.stamp && this.keys[slot] !== feature) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const features = this.values.subarray(0, this.size);
    const capacity = this.keys.length * 2;
    this.keys = new Int32Array(capacity);
    this.positions = new Int32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.stamp = 1;
    this.values = new Uint32Array(capacity / 2);
    this.size = 0;
    for (const feature of features) this.add(feature);
  }
}
