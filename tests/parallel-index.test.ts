import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Random, rewrittenPage, syntheticStory } from '../bench/synthetic.ts';
import { addStoriesInParallel } from '../cli/parallel-index.ts';
import { Matcher } from '../lib/engine/matcher.ts';
import { extractFromHtml } from '../lib/extract/html.ts';

describe.skipIf(availableParallelism() < 2)('the command line’s index build on worker threads', () => {
  it('builds from 2,500 stories the index one thread builds: the same stories, in order, judged alike', async () => {
    const random = new Random(2500);
    const stories = Array.from({ length: 2_500 }, (_, i) => syntheticStory(random, i, 120));
    const serial = new Matcher();
    for (const story of stories) serial.addStory(story);
    const parallel = new Matcher();
    await addStoriesInParallel(parallel, stories);
    expect(parallel.size).toBe(stories.length);
    for (const wanted of [stories[3], stories[1_234], stories[2_499]]) {
      const page = extractFromHtml(rewrittenPage(random, wanted as (typeof stories)[number]));
      const [one, many] = [await serial.match(page), await parallel.match(page)];
      expect(many).toEqual(one);
      expect(many.status === 'judged' && many.explanation.original.id).toBe(wanted?.id);
    }
  }, 60_000);
});
