import * as v from 'valibot';
import type { MatchResult } from '../../lib/engine/judge.ts';
import type { Verdict } from '../../lib/explain/verdict.ts';

/**
 * Every message between content script, worker, popup and options. Senders
 * get types; receivers validate with these schemas, since a message may come
 * from a compromised page context or an older version of the extension.
 */
const MAX_TEXT = 200_000;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const optionalText = v.nullable(v.pipe(v.string(), v.maxLength(2_000)));

export const ArticleSchema = v.object({
  title: optionalText,
  byline: optionalText,
  published: optionalText,
  canonicalUrl: optionalText,
  siteName: optionalText,
  paragraphs: v.pipe(v.array(text), v.maxLength(5_000)),
  credits: v.pipe(v.array(text), v.maxLength(500)),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('analyze-page'), url: v.pipe(v.string(), v.url()), article: ArticleSchema }),
  v.object({ type: v.literal('not-an-article'), url: v.pipe(v.string(), v.url()) }),
  v.object({ type: v.literal('get-tab-result'), tabId: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('open-details') }),
  v.object({ type: v.literal('import-bundle'), jsonl: v.pipe(v.string(), v.maxLength(256 * 2 ** 20)) }),
  v.object({ type: v.literal('export-bundle') }),
  v.object({ type: v.literal('get-stats') }),
  v.object({ type: v.literal('clear-stories') }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** What the worker knows about a tab: the page's state and, once judged, the full result. */
export type TabResult =
  | { state: 'not-article'; url: string }
  | { state: 'cache-empty'; url: string }
  | { state: 'judged'; url: string; result: MatchResult; judgedAt: number };

/** A page sentence the page took from the original, for marking it in the page. */
export interface ReuseMark {
  text: string;
  label: 'verbatim' | 'edited' | 'paraphrased';
}

/** What the inline badge shows: whether to show at all, one line, the key changes, what to mark. */
export interface BadgeSummary {
  show: boolean;
  verdict: Verdict | null;
  line: string;
  keyChanges: string[];
  marks: ReuseMark[];
}

export interface CacheStats {
  stories: number;
  sources: { source: string; stories: number }[];
  newest: string | null;
}

export interface Responses {
  'analyze-page': BadgeSummary;
  'not-an-article': null;
  'get-tab-result': TabResult | null;
  'open-details': null;
  'import-bundle': { imported: number; total: number };
  'export-bundle': { jsonl: string; stories: number };
  'get-stats': CacheStats;
  'clear-stories': { removed: number };
}

export type Reply<T extends RequestType> = { ok: true; value: Responses[T] } | { ok: false; error: string };

/** Messages the worker sends to a content script. */
export const ContentMessageSchema = v.variant('type', [
  v.object({ type: v.literal('show-heatmap'), on: v.boolean() }),
  v.object({ type: v.literal('show-badge') }),
  v.object({ type: v.literal('recheck') }),
]);
