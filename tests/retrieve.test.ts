import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../lib/fingerprint/fingerprint.ts';
import { MemoryStoryIndex } from '../lib/retrieve/memory-index.ts';
import { inverseFrequency } from '../lib/retrieve/story-index.ts';

const fingerprint = (text: string) => fingerprintOf([text]);
const boilerplate = 'Sign up for our newsletter to get the latest news delivered daily.';

function indexOf(texts: string[]): MemoryStoryIndex {
  const index = new MemoryStoryIndex();
  for (const [key, text] of texts.entries()) index.add(key, fingerprint(text));
  return index;
}

describe('MemoryStoryIndex', () => {
  const stories = [
    `Flooding in Garessio killed four people as the Tanaro river rose. ${boilerplate}`,
    `The central bank held interest rates at 2.75 percent. ${boilerplate}`,
    `Nordvolt filed for bankruptcy protection in Stockholm. ${boilerplate}`,
    ...Array.from(
      { length: 30 },
      (_, i) => `Unrelated filler story number ${i} about gardening and weather. ${boilerplate}`,
    ),
  ];
  const index = indexOf(stories);

  it('ranks the story sharing the rarest words first', () => {
    const query = fingerprint('Four people died in Garessio when the Tanaro burst its banks.');
    expect(index.candidates(query, 3)[0]?.key).toBe(0);
  });

  it('gives no weight to words that many stories share', () => {
    const query = fingerprint(boilerplate);
    expect(index.candidates(query, 5)).toEqual([]);
  });

  it('counts in how many stories a feature occurs', () => {
    const [feature] = fingerprint('Nordvolt').features;
    expect(index.documentFrequency(feature as number)).toBe(1);
    expect(index.size).toBe(stories.length);
  });

  it('weighs rare features above common ones, unseen ones like the rarest seen', () => {
    expect(inverseFrequency(1000, 1)).toBeGreaterThan(inverseFrequency(1000, 100));
    expect(inverseFrequency(1000, 0)).toBe(inverseFrequency(1000, 1));
  });
});
