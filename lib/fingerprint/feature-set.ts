/**
 * A set of 31-bit features that is emptied and refilled for every text:
 * open addressing over typed arrays, with a generation stamp so that emptying
 * costs nothing. Fingerprinting adds a few hundred features a story, and a
 * `Set` spent more on them than the rest of fingerprinting.
 */
export class FeatureSet {
  private keys = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  private stamp = 1;
  private values = new Uint32Array(512);
  size = 0;

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  add(feature: number): void {
    let mask = this.keys.length - 1;
    let slot = Math.imul(feature, 0x9e3779b1) & mask;
    while (this.stamps[slot] === this.stamp) {
      if (this.keys[slot] === feature) return;
      slot = (slot + 1) & mask;
    }
    if (this.size * 2 >= this.keys.length) {
      this.grow();
      mask = this.keys.length - 1;
      slot = Math.imul(feature, 0x9e3779b1) & mask;
      while (this.stamps[slot] === this.stamp) slot = (slot + 1) & mask;
    }
    this.stamps[slot] = this.stamp;
    this.keys[slot] = feature;
    if (this.size === this.values.length) this.values = grown(this.values);
    this.values[this.size++] = feature;
  }

  /** The features, sorted. */
  sorted(): Uint32Array {
    return this.values.slice(0, this.size).sort();
  }

  private grow(): void {
    const features = this.values.subarray(0, this.size);
    this.keys = new Int32Array(this.keys.length * 2);
    this.stamps = new Uint32Array(this.stamps.length * 2);
    this.stamp = 1;
    const mask = this.keys.length - 1;
    for (const feature of features) {
      let slot = Math.imul(feature, 0x9e3779b1) & mask;
      while (this.stamps[slot] === this.stamp) slot = (slot + 1) & mask;
      this.stamps[slot] = this.stamp;
      this.keys[slot] = feature;
    }
  }
}

function grown(values: Uint32Array): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(values.length * 2);
  larger.set(values);
  return larger;
}
