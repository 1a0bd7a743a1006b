import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { storyLanguage } from '../../lib/language/language-of.ts';
import { storedFeatures } from '../../lib/retrieve/sample.ts';
import type { WiretraceDatabase } from './database.ts';
import { generationOf, liveGenerations } from './fingerprint-state.ts';
import { groupBy } from './group-by.ts';
import { FEATURE_INDEXES, fingerprintState, storyNameIndex, storyTables, termCountsOf } from './indexes.ts';
import type { Arrival, StoredStory } from './rows.ts';
import { packIntoBlocks, rewriteStories } from './story-blocks.ts';
import { storedVersions, storyNames } from './story-names.ts';
import { isCapturedOnly, storyBytes, storyDigest, storyTime } from './story-record.ts';
import { addTermCounts } from './term-counts.ts';
import { TermTally } from './term-tally.ts';
import { addToTotals, uncountCaptures } from './totals.ts';

export interface SaveReport {
  /** Stories new to the cache. */
  added: number;
  /** New versions of stories already stored (an update, a correction). */
  versions: number;
  /** Stories already stored with the same text, seen again. */
  repeats: number;
  /**
   * Stories a bundle gave a different text for an id or address that came from
   * a feed or a wire site: those stay as they were, and the bundle's text is
   * not kept (a bundle must not make a page look like a copy of a story the
   * wire never wrote).
   */
  kept: number;
}

/**
 * Stores stories in one transaction. The same story seen again (by id or URL,
 * with the same text) is one story that remembers every way it arrived; the
 * same id or URL with a changed text is kept as a new version beside the old,
 * except from a bundle over a story that came from a feed or a wire site.
 */
export async function saveStories(
  db: WiretraceDatabase,
  stories: readonly Story[],
  via: Arrival,
  importId?: number,
  fingerprints: readonly Fingerprint[] = stories.map(fingerprintStory),
): Promise<SaveReport> {
  const now = Date.now();
  return db.transaction('rw', storyTables(db), async () => {
    const threads = new Map<string, StoredStory[]>();
    for (const record of await storedVersions(db, stories)) remember(threads, record);
    const report: SaveReport = { added: 0, versions: 0, repeats: 0, kept: 0 };
    const added: StoredStory[] = [];
    const samples: number[][] = [];
    const changed = new Map<number, StoredStory>();
    const noLongerCaptured: StoredStory[] = [];
    const tally = new TermTally();
    stories.forEach((story, i) => {
      const digest = storyDigest(story.text);
      const thread = threadOf(threads, story);
      const same = thread?.find((version) => version.digest === digest);
      if (same) {
        report.repeats++;
        const wasCaptured = isCapturedOnly(same);
        if (mergeArrival(same, story, via) && same.key !== undefined) changed.set(same.key, same);
        if (wasCaptured && !isCapturedOnly(same)) noLongerCaptured.push(same);
        return;
      }
      if (via === 'bundle' && thread?.some(cameFromTheWire)) {
        report.kept++;
        return;
      }
      const record = newRecord(story, { via, now, digest, thread });
      if (thread) report.versions++;
      else report.added++;
      remember(threads, record);
      added.push(record);
      samples.push(storedFeatures(fingerprints[i] as Fingerprint));
      tally.count((fingerprints[i] as Fingerprint).terms);
    });
    const blocks = await packIntoBlocks(db, added, importId);
    await db.storyBlocks.bulkAdd(blocks);
    const keyed = (features: (record: StoredStory, i: number) => readonly number[]) =>
      added.map((record, i) => ({ key: record.key as number, features: features(record, i) }));
    const state = await fingerprintState(db);
    // New stories go to the generation being built, if any; their terms count in every live one.
    const byGeneration = groupBy(
      keyed((_, i) => samples[i] as number[]),
      (story) => generationOf(state, story.key),
    );
    for (const [generation, group] of byGeneration)
      await FEATURE_INDEXES[generation].add(db, group, importId);
    for (const generation of liveGenerations(state)) await addTermCounts(termCountsOf(db, generation), tally);
    await storyNameIndex.add(db, keyed(storyNames), importId);
    await rewriteStories(db, [...changed.values()]);
    await addToTotals(db.meta, added);
    await uncountCaptures(db.meta, noLongerCaptured);
    return report;
  });
}

/** A story a feed or the wire's own site gave: what a bundle cannot overrule (a copy on another site, it can). */
export function cameFromTheWire(story: Pick<StoredStory, 'via'>): boolean {
  return story.via.includes('feed') || story.via.includes('capture');
}

function remember(threads: Map<string, StoredStory[]>, record: StoredStory): void {
  const versions = threads.get(`thread:${record.thread}`) ?? [];
  if (!versions.some((v) => v.id === record.id)) versions.push(record);
  threads.set(`thread:${record.thread}`, versions);
  threads.set(`id:${record.id}`, versions);
  if (record.url) threads.set(`url:${record.url}`, versions);
}

function threadOf(threads: Map<string, StoredStory[]>, story: Story): StoredStory[] | undefined {
  return (
    threads.get(`id:${story.id}`) ??
    threads.get(`thread:${story.id}`) ??
    (story.url ? threads.get(`url:${story.url}`) : undefined)
  );
}

function newRecord(
  story: Story,
  context: { via: Arrival; now: number; digest: number; thread?: StoredStory[] },
): StoredStory {
  const { via, digest, thread } = context;
  // A story the reader's reading brought says on which day it was read, not at what time: that is their history.
  const now = via === 'capture' || via === 'copy' ? startOfDay(context.now) : context.now;
  const threadId = thread?.[0]?.thread ?? story.id;
  const version = thread ? Math.max(...thread.map((v) => v.version)) + 1 : 1;
  const idTaken = thread?.some((v) => v.id === story.id) ?? false;
  return {
    ...story,
    language: storyLanguage(story),
    id: idTaken ? `${threadId}~v${version}` : story.id,
    thread: threadId,
    version,
    digest,
    via: [via],
    time: storyTime(story, now),
    addedAt: now,
    bytes: storyBytes(story),
  };
}

/** Records another arrival of a stored story and fills what it lacked; says whether anything changed. */
function mergeArrival(stored: StoredStory, story: Story, via: Arrival): boolean {
  let changed = false;
  if (!stored.via.includes(via)) {
    stored.via = [...stored.via, via];
    changed = true;
  }
  for (const field of ['url', 'published', 'byline'] as const) {
    const value = story[field];
    if (!stored[field] && value) {
      stored[field] = value;
      changed = true;
    }
  }
  return changed;
}

const DAY = 86_400_000;

function startOfDay(time: number): number {
  return time - (time % DAY);
}
