import { FINGERPRINT_VERSION } from '../../lib/fingerprint/version.ts';
import type { FingerprintState, Generation } from './rows.ts';
import { blockOf } from './story-keys.ts';

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
