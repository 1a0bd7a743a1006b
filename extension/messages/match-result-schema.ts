import * as v from 'valibot';
import type { MatchResult } from '../../lib/engine/judge.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';

/**
 * A judgement as the worker sends it to the popup and the full report. Typed
 * against the engine's own types, so that a field the engine adds or renames
 * fails to compile here until the reply's schema says it too.
 */
const text = v.pipe(v.string(), v.maxLength(1_000_000));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const verdict = v.picklist(['syndicated', 'rewritten', 'partial', 'unrelated']);
const wordOrigin = v.picklist(['verbatim', 'rewrite', 'new']);

const StoryOriginSchema = v.strictObject({
  via: v.array(v.picklist(['bundle', 'feed', 'capture', 'copy'])),
  addedAt: v.number(),
  bundle: v.optional(v.strictObject({ file: text, at: v.number() })),
});

const StoryRefSchema = v.strictObject({
  id: text,
  source: text,
  title: text,
  url: v.nullable(text),
  published: v.nullable(text),
  origin: v.optional(StoryOriginSchema),
});

const ChangeSchema = v.strictObject({
  kind: v.picklist(['number', 'name', 'stance', 'polarity', 'claim', 'wording']),
  page: text,
  original: text,
  pageSentence: text,
  originalSentence: text,
});

const PageSentenceSchema = v.strictObject({
  text,
  label: v.picklist(['verbatim', 'edited', 'paraphrased', 'added']),
  original: v.nullable(text),
  diff: v.nullable(v.array(v.strictObject({ op: v.picklist(['equal', 'insert', 'delete']), text }))),
  repeats: v.nullable(text),
  words: v.array(v.strictObject({ text, label: wordOrigin })),
});

const ExplanationSchema: v.GenericSchema<Explanation> = v.strictObject({
  verdict,
  basis: v.variant('kind', [
    v.strictObject({ kind: v.literal('wire') }),
    v.strictObject({ kind: v.literal('copy'), site: text }),
  ]),
  confidence: share,
  original: v.strictObject({ ...StoryRefSchema.entries, thread: v.array(StoryRefSchema) }),
  score: share,
  coverage: v.strictObject({ page: share, original: share }),
  sentences: v.strictObject({
    verbatim: count,
    edited: count,
    paraphrased: count,
    added: count,
    dropped: count,
  }),
  quotes: v.strictObject({
    kept: v.array(text),
    altered: v.array(v.strictObject({ page: text, original: text })),
  }),
  changes: v.array(ChangeSchema),
  wording: v.array(ChangeSchema),
  credited: v.boolean(),
  creditLines: v.array(text),
  lagHours: v.nullable(v.number()),
  lagByDay: v.boolean(),
  page: v.array(PageSentenceSchema),
  dropped: v.array(text),
  provenance: v.array(v.strictObject({ text, label: wordOrigin, original: v.optional(text) })),
  wordShares: v.strictObject({ verbatim: share, rewrite: share, narrativeVerbatim: share }),
  names: v.strictObject({ shared: count, page: count }),
  sameStory: v.boolean(),
});

export const MatchResultSchema: v.GenericSchema<MatchResult> = v.variant('status', [
  v.strictObject({ status: v.literal('judged'), explanation: ExplanationSchema }),
  v.strictObject({ status: v.literal('no-match'), candidates: count, reason: v.optional(text) }),
  v.strictObject({ status: v.literal('too-short'), words: count, reason: text }),
  v.strictObject({ status: v.literal('over-time'), reason: text }),
]);
