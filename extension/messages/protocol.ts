import * as v from 'valibot';
import type { MatchResult } from '../../lib/engine/judge.ts';
import type { Verdict } from '../../lib/explain/judgement.ts';
import type { Tone } from '../../lib/explain/tone.ts';
import { MAX_PAGE_HTML } from '../../lib/extract/page-size.ts';
import type { FeedState } from '../db/feed-records.ts';
import type { ImportRecord } from '../db/import-records.ts';
import type { Collisions } from '../import/collisions.ts';
import { type Settings, SettingsChangeSchema } from '../settings.ts';
import { MAX_IMPORT } from './import-protocol.ts';

/**
 * Every message between content script, worker, popup and options. Senders
 * get types; receivers validate with these schemas, since a message may come
 * from a compromised page context or an older version of the extension.
 */
export { MAX_PAGE_HTML } from '../../lib/extract/page-size.ts';

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2_000),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);

export const RequestSchema = v.variant('type', [
  // The page as HTML: it is read in the worker, so that a large page never waits on its own thread for Wiretrace.
  // `url`: where a single-page site moved to; taken only on the origin the browser says sent it (handlers.ts).
  v.strictObject({
    type: v.literal('analyze-page'),
    url: v.optional(httpUrl),
    html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML)),
    /** The badge could not be put on the page (the page took its element's name, say): the popup says so. */
    badgeFailed: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal('not-an-article'), url: v.optional(httpUrl) }),
  // Whether Wiretrace may read the sender's page at all (the reader may have turned it off there).
  v.strictObject({ type: v.literal('page-policy') }),
  v.strictObject({ type: v.literal('get-settings') }),
  v.strictObject({ type: v.literal('set-settings'), change: SettingsChangeSchema }),
  v.strictObject({ type: v.literal('get-tab-result'), tabId: v.pipe(v.number(), v.integer()) }),
  // The reader asked, from the popup, for a tab held to its budget to be judged again.
  v.strictObject({ type: v.literal('judge-tab'), tabId: v.pipe(v.number(), v.integer()) }),
  v.strictObject({ type: v.literal('open-details') }),
  v.strictObject({ type: v.literal('export-bundle') }),
  v.strictObject({ type: v.literal('get-stats') }),
  v.strictObject({ type: v.literal('clear-stories') }),
  v.strictObject({ type: v.literal('list-feeds') }),
  v.strictObject({
    type: v.literal('add-feed'),
    url: httpUrl,
    source: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  }),
  v.strictObject({ type: v.literal('set-feed'), url: httpUrl, enabled: v.boolean() }),
  v.strictObject({ type: v.literal('remove-feed'), url: httpUrl }),
  v.strictObject({ type: v.literal('poll-feeds') }),
  v.strictObject({ type: v.literal('apply-retention') }),
  // Before an import: which of the bundle's stories are stored already, and how.
  v.strictObject({
    type: v.literal('check-bundle'),
    stories: v.pipe(
      v.array(
        v.strictObject({
          id: v.pipe(v.string(), v.maxLength(1_000)),
          url: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
          digest: v.pipe(v.number(), v.integer()),
        }),
      ),
      v.maxLength(MAX_IMPORT),
    ),
  }),
  v.strictObject({ type: v.literal('list-imports') }),
  v.strictObject({ type: v.literal('undo-import'), id: v.pipe(v.number(), v.integer()) }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/**
 * What the worker knows about a tab: the page's state and, once judged, the
 * full result; `badgeFailed` where the page kept the badge from being shown.
 */
export type TabResult = (
  | { state: 'not-article'; url: string }
  | { state: 'cache-empty'; url: string }
  /** Not judged: the page changed its address more often than a reader navigates. */
  | { state: 'limited'; url: string }
  /** Kept as an original: read on the wire's own site, or (with `site`) a wire's copy on a site that runs it. */
  | { state: 'captured'; url: string; source: string; title: string; site?: string }
  | { state: 'judged'; url: string; result: MatchResult; judgedAt: number }
) & { badgeFailed?: boolean };

/** Which of a page's words the marks show: those taken word for word, and those reworded. */
export type MarkedWords = 'verbatim' | 'rewrite';

/** A page sentence the page took from the original, for marking it in the page: its words by origin. */
export interface ReuseMark {
  text: string;
  label: 'verbatim' | 'edited' | 'paraphrased';
  /** The sentence's words by origin, in order (the explanation's provenance). */
  words: { text: string; label: MarkedWords | 'new' }[];
}

/** What the inline badge shows: whether to show at all, one line, the key changes, what to mark. */
export interface BadgeSummary {
  show: boolean;
  verdict: Verdict | null;
  /** How strongly it is shown (lib/explain/tone.ts). */
  tone: Tone;
  line: string;
  keyChanges: string[];
  marks: ReuseMark[];
  /** The facts the page states differently: its words, the original's, and the page sentence they are in. */
  changed: ChangedFact[];
}

/** A fact the page changed, to mark it on the page and say what the original had. */
export interface ChangedFact {
  page: string;
  original: string;
  sentence: string;
}

export interface CacheStats {
  stories: number;
  /** Approximate bytes the stories take. */
  bytes: number;
  sources: { source: string; stories: number }[];
  newest: string | null;
  /** Pages seen that credit a wire and copy its story near-verbatim. */
  references: number;
  /** Why matches may be missed: the cache is old or its feeds have lapsed; null when it is fresh. */
  stale: string | null;
  /** The last time the browser ran out of room and the stories longest in the cache were evicted to make some. */
  quotaEviction: { at: number; evicted: number } | null;
  /** A re-index under way after an update changed the fingerprint (matching goes on meanwhile); null when none. */
  reindex: { stories: number; indexed: number } | null;
}

export type { FeedState } from '../db/feed-records.ts';

export interface Responses {
  'analyze-page': BadgeSummary;
  'not-an-article': null;
  'page-policy': { enabled: boolean };
  'get-settings': Settings;
  'set-settings': Settings;
  'get-tab-result': TabResult | null;
  'judge-tab': null;
  'open-details': null;
  'export-bundle': { jsonl: string; stories: number };
  'get-stats': CacheStats;
  /** `importCancelled`: an import was under way, and was cancelled. */
  'clear-stories': { removed: number; importCancelled: boolean };
  'list-feeds': FeedState[];
  'add-feed': FeedState[];
  'set-feed': FeedState[];
  'remove-feed': FeedState[];
  'poll-feeds': FeedState[];
  'apply-retention': { removed: number };
  'check-bundle': Collisions;
  'list-imports': ImportRecord[];
  'undo-import': { removed: number };
}

export type Reply<T extends RequestType> = { ok: true; value: Responses[T] } | { ok: false; error: string };

/** Messages the extension's pages and worker send to a content script. */
export const ContentMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('show-heatmap'), on: v.boolean() }),
  v.strictObject({ type: v.literal('show-badge') }),
  v.strictObject({ type: v.literal('recheck') }),
  v.strictObject({ type: v.literal('badge-state') }),
]);

export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

const BoxSchema = v.strictObject({ x: v.number(), y: v.number(), width: v.number(), height: v.number() });
export type Box = v.InferOutput<typeof BoxSchema>;

/** The content script's answer to `badge-state`: whether the host is on the page, what the badge shows and where. */
export const BadgeStateSchema = v.strictObject({
  host: v.boolean(),
  text: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
  open: v.boolean(),
  box: v.nullable(BoxSchema),
  controls: v.array(v.strictObject({ name: v.pipe(v.string(), v.maxLength(200)), box: BoxSchema })),
  /** Whether the page's reused paragraphs are marked: one state for the badge and the popup. */
  marked: v.boolean(),
  /** The page removed, replaced or recoloured the marks since they were drawn. */
  marksTampered: v.optional(v.boolean()),
  /** The page hid the badge (with its styles or by covering it) while Wiretrace meant it to show. */
  badgeHidden: v.optional(v.boolean()),
});
export type BadgeState = v.InferOutput<typeof BadgeStateSchema>;
