import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyDigest } from '../../extension/db/story-record.ts';
import { hash32 } from '../../lib/fingerprint/hash.ts';

/** The digest as stored stories were given it before it was computed in one pass. */
const evenedOutHash = (text: string) => hash32(text.replace(/\s+/g, ' ').trim());

describe('a story digest', () => {
  it('treats as white space exactly what \\s does, every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(storyDigest(text), code.toString(16)).toBe(evenedOutHash(text));
    }
  });

  it('equals the hash of the trimmed text with white space runs as one space', () => {
    const piece = fc.constantFrom(
      ' ',
      '\n',
      '\t',
      '\r\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      'a',
      'Bé',
      '"',
      '日本',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.string(), (pieces, noise) => {
        const text = pieces.join('') + noise;
        expect(storyDigest(text)).toBe(evenedOutHash(text));
      }),
      { numRuns: 500 },
    );
  });
});
