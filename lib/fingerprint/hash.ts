export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a: a fast, stable hash for features, the same in every runtime.
 * `seed` continues a hash: hash32(b, hash32(a)) === hash32(a + b).
 */
export function hash32(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
