import { FINGERPRINT_VERSION } from '../../lib/fingerprint/version.ts';
import { blockOf } from './story-blocks.ts';

/**
 * The feature index and term counts exist in two generations, each in tables
 * of its own. One is in use; when the fingerprint's definition changes, the
 * other is built from the stored stories' text, newest block first, while
 * matching goes on: a story is looked up in the generation that holds it,
 * and the new one takes over when every story is in it.
 */
export type Generation = 'a' | 'b';

export interface Rebuild {
  /** The fingerprint version the generation is being built with. */
  version: number;
  generation: Generation;
  /** Blocks below this number are not re-indexed yet; every block from it up is (or was written since). */
  below: number;
  /** Stories when the rebuild began, and how many it has indexed: what the options page shows. */
  stories: number;
  indexed: number;
}

/** The `fingerprint` meta row: which definition built the index in use, and the rebuild under way. */
export interface FingerprintState {
  name: 'fingerprint';
  version: number;
  generation: Generation;
  rebuild?: Rebuild;
}

/** What a new, empty database starts with. */
export const CURRENT_FINGERPRINT: FingerprintState = {
  name: 'fingerprint',
  version: FINGERPRINT_VERSION,
  generation: 'a',
};

/** A database whose index was built by no known definition: everything is re-indexed. */
export const UNKNOWN_FINGERPRINT: FingerprintState = { name: 'fingerprint', version: 0, generation: 'a' };

export function otherGeneration(generation: Generation): Generation {
  return generation === 'a' ? 'b' : 'a';
}

/** The generation that holds a stored story's features. */
export function generationOf(state: FingerprintState, key: number): Generation {
  const { rebuild } = state;
  return rebuild && blockOf(key) >= rebuild.below ? rebuild.generation : state.generation;
}

/** Every generation being written: the one in use and, during a rebuild, the one being built. */
export function liveGenerations(state: FingerprintState): Generation[] {
  return state.rebuild ? [state.generation, state.rebuild.generation] : [state.generation];
}

/** Whether the index was built by today's definition, with no rebuild left to do. */
export function isCurrent(state: FingerprintState): boolean {
  return state.version === FINGERPRINT_VERSION && !state.rebuild;
}
