import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icons', () => {
  it('are there in every size the stores and toolbars ask for, each as large as its name says', () => {
    for (const size of [16, 32, 48, 96, 128])
      expect(pngSize(resolve(ROOT, `public/icon/${size}.png`)), `${size}.png`).toEqual({
        width: size,
        height: size,
      });
  });
});
