import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldTypography } from '../../lib/normalize/fold.ts';

/**
 * `../shared/seeds` beside the repository: the canonical example pair, not part of the project. WIRETRACE_SHARED
 * names the shared folder for a copy of the repository elsewhere (mutation testing runs in one).
 */
export const SEEDS_DIR = process.env.WIRETRACE_SHARED
  ? join(process.env.WIRETRACE_SHARED, 'seeds')
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
export const HAVE_SEEDS = existsSync(join(SEEDS_DIR, 'seed-pair.json'));

if (!HAVE_SEEDS)
  console.warn(`Seed tests skipped: ${SEEDS_DIR} is absent (it sits beside the repository in CI).`);

export function readSeed(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

/** How seed-pair.json names sentences: case-insensitive, quotes and apostrophes folded. */
export function fold(text: string): string {
  return foldTypography(text).toLowerCase().replace(/\s+/g, ' ');
}

/** A phrase without the punctuation at its ends. */
export function bare(text: string): string {
  return fold(text).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}
