/**
 * A stored story's key tells its block: key = block × 64 + slot (story-blocks.ts).
 * Kept apart so that what needs only the arithmetic does not import the blocks' code.
 */
export const BLOCK_SLOTS = 64;

export function blockOf(key: number): number {
  return Math.floor(key / BLOCK_SLOTS);
}
