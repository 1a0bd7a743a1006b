import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';

/**
 * A batch of fingerprints as four typed arrays, the form they cross from the
 * options page to the worker in: a structured clone copies four buffers
 * instead of two thousand small arrays. Story i's features are
 * features[featureEnds[i - 1] .. featureEnds[i]), and the same for terms and lead.
 */
export interface PackedFingerprints {
  features: Uint32Array<ArrayBuffer>;
  featureEnds: Uint32Array<ArrayBuffer>;
  terms: Uint32Array<ArrayBuffer>;
  termEnds: Uint32Array<ArrayBuffer>;
  lead: Uint32Array<ArrayBuffer>;
  leadEnds: Uint32Array<ArrayBuffer>;
}

export class PackedFingerprintsError extends Error {}

export function packFingerprints(fingerprints: readonly Fingerprint[]): PackedFingerprints {
  const features = pack(fingerprints.map((f) => f.features));
  const terms = pack(fingerprints.map((f) => f.terms));
  const lead = pack(fingerprints.map((f) => f.lead));
  return {
    features: features.values,
    featureEnds: features.ends,
    terms: terms.values,
    termEnds: terms.ends,
    lead: lead.values,
    leadEnds: lead.ends,
  };
}

/** The fingerprints of `count` stories, as views into the packed arrays; throws when the batch does not hold together. */
export function unpackFingerprints(packed: PackedFingerprints, count: number): Fingerprint[] {
  const features = unpack(packed.features, packed.featureEnds, count, 'features');
  const terms = unpack(packed.terms, packed.termEnds, count, 'terms');
  const lead = unpack(packed.lead, packed.leadEnds, count, 'lead');
  return features.map((f, i) => ({
    features: f,
    terms: terms[i] as Uint32Array,
    lead: lead[i] as Uint32Array,
  }));
}

function pack(arrays: readonly Uint32Array[]): {
  values: Uint32Array<ArrayBuffer>;
  ends: Uint32Array<ArrayBuffer>;
} {
  const ends = new Uint32Array(arrays.length);
  let length = 0;
  arrays.forEach((array, i) => {
    length += array.length;
    ends[i] = length;
  });
  const values = new Uint32Array(length);
  arrays.forEach((array, i) => {
    values.set(array, (ends[i] as number) - array.length);
  });
  return { values, ends };
}

const FEATURE_LIMIT = 2 ** 31;

function unpack(values: unknown, ends: unknown, count: number, what: string): Uint32Array[] {
  if (!(values instanceof Uint32Array) || !(ends instanceof Uint32Array))
    throw new PackedFingerprintsError(`${what}: not arrays of 32-bit numbers`);
  if (ends.length !== count)
    throw new PackedFingerprintsError(`${what}: ${ends.length} for ${count} stories`);
  if (values.some((value) => value >= FEATURE_LIMIT))
    throw new PackedFingerprintsError(`${what}: a value is not a 31-bit feature`);
  const arrays: Uint32Array[] = [];
  let start = 0;
  for (const end of ends) {
    if (end < start || end > values.length) throw new PackedFingerprintsError(`${what}: ends out of order`);
    arrays.push(values.subarray(start, end));
    start = end;
  }
  if (start !== values.length) throw new PackedFingerprintsError(`${what}: values past the last story`);
  return arrays;
}
