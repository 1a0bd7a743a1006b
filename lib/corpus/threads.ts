import type { IndexedStory, Story } from './story.ts';

/**
 * Takes of one wire story. A wire service sends a story in several takes and
 * versions: PA's "chemists1", "chemists2", "chemists1sub" (a substitute),
 * "chemists1nl" (a new lead), Reuters' "UPDATE 2" write-throughs, AP's
 * write-throughs, a feed's versions of one item. A page may be made from any
 * of them, or from several. Takes are told by what their ids, headlines and
 * times say: the same source, the same story name once take numbers and
 * version marks are taken off, and (where both are dated) within two days.
 */
export interface Thread {
  /** Takes, oldest first. */
  takes: IndexedStory[];
}

const TWO_DAYS = 2 * 86_400_000;

/** A story's name without its take or version: "courts/01.03.00/chemists/chemists2sub.txt" → "courts/01.03.00/chemists/chemists". */
export function storyName(story: Pick<Story, 'id' | 'source'>): string {
  const id = story.id
    .trim()
    .toLowerCase()
    .replace(/\.(?:txt|html?|xml|json)$/, '')
    .replace(/~v\d+$/, '')
    .replace(/[:_-]v?\d{1,2}$/, '')
    // A file of takes ("…/chemists/chemists2sub"): a word, the take's number, a mark such as "sub" or "nl".
    .replace(/(?<=\/\p{L}+)\d{1,2}\p{L}{0,8}$/u, '');
  return `${story.source.trim().toLowerCase()}|${id}`;
}

/** Groups stories into threads, in the order each thread's first story comes. */
export function groupIntoThreads(stories: readonly IndexedStory[]): Thread[] {
  const threads: { name: string; takes: IndexedStory[] }[] = [];
  for (const indexed of stories) {
    const name = storyName(indexed.story);
    const thread = threads.find(
      (t) => t.name === name && t.takes.every((take) => near(take.story, indexed.story)),
    );
    if (thread) thread.takes.push(indexed);
    else threads.push({ name, takes: [indexed] });
  }
  return threads.map(({ takes }) => ({ takes: [...takes].sort(byTime) }));
}

function near(a: Story, b: Story): boolean {
  const [ta, tb] = [Date.parse(a.published ?? ''), Date.parse(b.published ?? '')];
  return Number.isNaN(ta) || Number.isNaN(tb) || Math.abs(ta - tb) <= TWO_DAYS;
}

function byTime(a: IndexedStory, b: IndexedStory): number {
  const [ta, tb] = [Date.parse(a.story.published ?? ''), Date.parse(b.story.published ?? '')];
  return (Number.isNaN(ta) ? 0 : ta) - (Number.isNaN(tb) ? 0 : tb) || a.key - b.key;
}
