import * as v from 'valibot';
import type { FeedState, ImportRecord } from '../db/rows.ts';
import type { CacheStats } from '../db/story-store.ts';
import type { Collisions } from '../import/collisions.ts';
import { MatchResultSchema } from './match-result-schema.ts';

/**
 * What the worker answers, checked where the answer arrives. Each schema is
 * typed against the type the worker's code returns, so that the two cannot
 * drift apart unnoticed.
 */
const text = v.pipe(v.string(), v.maxLength(1_000_000));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.number();

export type { FeedState, ImportRecord } from '../db/rows.ts';
export type { CacheStats } from '../db/story-store.ts';

/** Which of a page's words the marks show: those taken word for word, and those reworded. */
export type MarkedWords = 'verbatim' | 'rewrite';

const ReuseMarkSchema = v.strictObject({
  text,
  label: v.picklist(['verbatim', 'edited', 'paraphrased']),
  /** The sentence's words by origin, in order (the explanation's provenance). */
  words: v.array(v.strictObject({ text, label: v.picklist(['verbatim', 'rewrite', 'new']) })),
});
/** A page sentence the page took from the original, for marking it in the page: its words by origin. */
export type ReuseMark = v.InferOutput<typeof ReuseMarkSchema>;

/** A fact the page changed, to mark it on the page and say what the original had. */
const ChangedFactSchema = v.strictObject({ page: text, original: text, sentence: text });
export type ChangedFact = v.InferOutput<typeof ChangedFactSchema>;

/** What the inline badge shows: whether to show at all, one line, the key changes, what to mark. */
export const BadgeSummarySchema = v.strictObject({
  show: v.boolean(),
  verdict: v.nullable(v.picklist(['syndicated', 'rewritten', 'partial', 'unrelated'])),
  /** How strongly it is shown (lib/explain/tone.ts). */
  tone: v.picklist(['none', 'neutral', 'notice', 'strong']),
  line: text,
  keyChanges: v.array(text),
  marks: v.array(ReuseMarkSchema),
  /** The facts the page states differently: its words, the original's, and the page sentence they are in. */
  changed: v.array(ChangedFactSchema),
});
export type BadgeSummary = v.InferOutput<typeof BadgeSummarySchema>;

/**
 * What the worker knows about a tab: the page's state and, once judged, the
 * full result; `badgeFailed` where the page kept the badge from being shown.
 */
export const TabResultSchema = v.intersect([
  v.variant('state', [
    v.object({ state: v.literal('not-article'), url: text }),
    v.object({ state: v.literal('cache-empty'), url: text }),
    /** Not judged: the page changed its address more often than a reader navigates. */
    v.object({ state: v.literal('limited'), url: text }),
    /** Kept as an original: read on the wire's own site, or (with `site`) a wire's copy on a site that runs it. */
    v.object({
      state: v.literal('captured'),
      url: text,
      source: text,
      title: text,
      site: v.optional(text),
    }),
    v.object({ state: v.literal('judged'), url: text, result: MatchResultSchema, judgedAt: time }),
  ]),
  v.object({ badgeFailed: v.optional(v.boolean()) }),
]);
export type TabResult = v.InferOutput<typeof TabResultSchema>;

export const CacheStatsSchema: v.GenericSchema<CacheStats> = v.strictObject({
  stories: count,
  bytes: v.number(),
  sources: v.array(v.strictObject({ source: text, stories: count })),
  newest: v.nullable(text),
  references: count,
  stale: v.nullable(text),
  quotaEviction: v.nullable(v.strictObject({ at: time, evicted: count })),
  reindex: v.nullable(v.strictObject({ stories: count, indexed: count })),
});

const FeedStateSchema: v.GenericSchema<FeedState> = v.strictObject({
  url: text,
  source: text,
  title: text,
  enabled: v.boolean(),
  builtIn: v.boolean(),
  etag: v.optional(text),
  lastModified: v.optional(text),
  lastPolled: v.optional(time),
  lastSuccess: v.optional(time),
  lastNewStory: v.optional(time),
  stories: count,
  failures: count,
  error: v.optional(text),
  nextPoll: time,
});
export const FeedListSchema = v.array(FeedStateSchema);

export const ImportListSchema: v.GenericSchema<ImportRecord[]> = v.array(
  v.strictObject({ id: v.number(), file: text, at: time, stories: count }),
);

export const CollisionsSchema: v.GenericSchema<Collisions> = v.strictObject({
  same: count,
  fromTheWire: count,
  fromBundles: count,
});

export const RemovedSchema = v.strictObject({ removed: count });
