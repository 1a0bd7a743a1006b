import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../lib/fingerprint/fingerprint.ts';
import { MemoryStoryIndex } from '../lib/retrieve/memory-index.ts';
import { sampledFeatures } from '../lib/retrieve/sample.ts';
import { inverseFrequency, maxUsefulFrequency } from '../lib/retrieve/story-index.ts';

const fingerprint = (text: string) => fingerprintOf([text]);
const boilerplate = 'Sign up for our newsletter to get the latest news delivered daily.';

function indexOf(texts: string[]): MemoryStoryIndex {
  const index = new MemoryStoryIndex();
  texts.forEach((text, i) => {
    index.add({ id: `s${i}`, source: 'AP', title: 'T', text }, fingerprint(text));
  });
  return index;
}

describe('MemoryStoryIndex', () => {
  const stories = [
    `Flooding in Garessio killed four people as the Tanaro river rose near Ormea and Bagnasco on Sunday. ${boilerplate}`,
    `The central bank held interest rates at 2.75 percent. ${boilerplate}`,
    `Nordvolt filed for bankruptcy protection in Stockholm. ${boilerplate}`,
    ...Array.from(
      { length: 30 },
      (_, i) => `Unrelated filler story number ${i} about gardening and weather. ${boilerplate}`,
    ),
  ];
  const index = indexOf(stories);

  it('ranks the story sharing the rarest words first', async () => {
    const query = fingerprint(
      'Four people died in Garessio when the Tanaro burst its banks near Ormea and Bagnasco on Sunday.',
    );
    expect((await index.candidates(query, 3))[0]?.key).toBe(0);
  });

  it('gives no weight to words that many stories share', async () => {
    expect(await index.candidates(fingerprint(boilerplate), 5)).toEqual([]);
  });

  it('counts in how many stories each term occurs, and gives back the stories by key', async () => {
    const terms = fingerprint('Nordvolt filler').terms;
    const counts = await index.documentFrequencies(terms);
    expect([...counts.values()].sort((a, b) => a - b)).toEqual([1, 30]);
    expect(await index.size()).toBe(stories.length);
    expect((await index.stories([2, 999, 0])).map((s) => s.story.id)).toEqual(['s2', 's0']);
  });

  it('weighs rare features above common ones, unseen ones like the rarest seen', () => {
    expect(inverseFrequency(1000, 1)).toBeGreaterThan(inverseFrequency(1000, 100));
    expect(inverseFrequency(1000, 0)).toBe(inverseFrequency(1000, 1));
  });

  it('looks up only features rare enough to tell stories apart, and never more than a bucket read', () => {
    expect(maxUsefulFrequency(100)).toBe(8);
    expect(maxUsefulFrequency(1_000)).toBe(50);
    expect(maxUsefulFrequency(100_000)).toBe(64);
  });
});

describe('a brief', () => {
  const lede =
    'A ferry carrying 212 passengers ran aground off Skopelos on Saturday, and coastguards took everyone ashore by evening.';
  const brief = 'A ferry with 212 passengers ran aground off Skopelos; coastguards took everyone ashore.';
  const body = (n: number) =>
    Array.from(
      { length: 60 },
      (_, i) => `Paragraph ${i} of story ${n} mentions topic${n}x${i} and detail${i}.`,
    ).join(' ');

  it('is found by the lede it was cut from, which the index keeps whole beside its sample', async () => {
    const shared = [...fingerprint(brief).features].filter((f) => fingerprint(lede).features.includes(f));
    // None of what the brief shares with its story is in the sample: only the lede can find it.
    expect(shared.length).toBeGreaterThan(5);
    expect(sampledFeatures(Uint32Array.from(shared))).toEqual([]);
    const index = indexOf([
      ...Array.from({ length: 20 }, (_, n) => `Council budget story ${n}. ${body(n + 1)}`),
      `${lede} ${body(0)}`,
    ]);
    expect((await index.candidates(fingerprint(brief), 3))[0]?.key).toBe(20);
  });
});
