import { hash32 } from './hash.ts';

// 31 bits keep every feature a small integer in V8, which maps and typed arrays handle fastest.
const FEATURE_MASK = 0x7fffffff;
const TERM_SEED = hash32('w:');
// A name pair hashes as 'n:' + ' ' + first stem + second stem.
const NAME_SEED = hash32('n: ');

/** The feature of one content stem: what term weights are looked up by. */
export function termFeature(stem: string): number {
  return hash32(stem, TERM_SEED) & FEATURE_MASK;
}

/** Where the hash of a name pair starting with this stem has got to: the pair's feature continues it with the second stem. */
export function nameSeed(firstStem: string): number {
  return hash32(firstStem, NAME_SEED);
}

export function nameFeature(seed: number, secondStem: string): number {
  return hash32(secondStem, seed) & FEATURE_MASK;
}
