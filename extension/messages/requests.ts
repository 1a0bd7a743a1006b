import * as v from 'valibot';
import { MAX_PAGE_HTML } from '../../lib/extract/page-size.ts';
import { SettingsChangeSchema, SettingsSchema } from '../settings.ts';
import { MAX_IMPORT } from './import-protocol.ts';
import {
  BadgeSummarySchema,
  CacheStatsSchema,
  CollisionsSchema,
  FeedListSchema,
  ImportListSchema,
  RemovedSchema,
  TabResultSchema,
} from './replies.ts';

/**
 * Every request to the worker, declared once: who may send it, what it
 * carries, what the worker answers. The worker's handlers are typed from this
 * table and `askWorker` checks both ways with it. Who may send is the
 * browser's word, never the message's: a content script (`page`) runs in the
 * page's process, which a hostile page may have taken over, so it may ask
 * only about its own tab; everything else is for Wiretrace's own pages
 * (`extension`).
 */
export type Sender = 'page' | 'extension';

interface Declaration<P extends v.ObjectEntries, R extends v.GenericSchema> {
  from: Sender;
  /** What the request carries beside its type. */
  payload: v.StrictObjectSchema<P, undefined>;
  reply: R;
}

function declare<P extends v.ObjectEntries, R extends v.GenericSchema>(
  from: Sender,
  payload: P,
  reply: R,
): Declaration<P, R> {
  return { from, payload: v.strictObject(payload), reply };
}

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2_000),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);
const tabId = v.pipe(v.number(), v.integer());
const none = v.null();

export const REQUESTS = {
  // The page a content script runs in.
  /**
   * The page as HTML: it is read in the worker, so that a large page never waits on its own thread.
   * `url`: where a single-page site moved to, taken only on the origin the browser says sent it.
   * `badgeFailed`: the badge could not be put on the page (the page took its element's name, say).
   */
  'analyze-page': declare(
    'page',
    {
      url: v.optional(httpUrl),
      html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML)),
      badgeFailed: v.optional(v.boolean()),
    },
    BadgeSummarySchema,
  ),
  'not-an-article': declare('page', { url: v.optional(httpUrl) }, none),
  /** Whether Wiretrace reads the sender's page at all (the reader may have turned it off there), and judges it now. */
  'page-policy': declare('page', {}, v.strictObject({ enabled: v.boolean(), withinBudget: v.boolean() })),
  'open-details': declare('page', {}, none),
  /** The reader asked, in the badge, for it to stay hidden on this site: the sender's own site, never another. */
  'hide-badge-on-site': declare('page', {}, none),

  // The popup's tab.
  'get-tab-result': declare('extension', { tabId }, v.nullable(TabResultSchema)),
  /** The reader asked, from the popup, for a tab held to its budget to be judged again. */
  'judge-tab': declare('extension', { tabId }, none),

  // Settings.
  'get-settings': declare('extension', {}, SettingsSchema),
  'set-settings': declare('extension', { change: SettingsChangeSchema }, SettingsSchema),

  // The cache.
  'get-stats': declare('extension', {}, CacheStatsSchema),
  'export-bundle': declare(
    'extension',
    {},
    v.strictObject({ jsonl: v.string(), stories: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
  /** `importCancelled`: an import was under way, and was cancelled. */
  'clear-stories': declare(
    'extension',
    {},
    v.strictObject({ ...RemovedSchema.entries, importCancelled: v.boolean() }),
  ),
  'apply-retention': declare('extension', {}, RemovedSchema),

  // Feeds.
  'list-feeds': declare('extension', {}, FeedListSchema),
  'add-feed': declare(
    'extension',
    { url: httpUrl, source: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)) },
    FeedListSchema,
  ),
  'set-feed': declare('extension', { url: httpUrl, enabled: v.boolean() }, FeedListSchema),
  'remove-feed': declare('extension', { url: httpUrl }, FeedListSchema),
  'poll-feeds': declare('extension', {}, FeedListSchema),

  // Imports (the bundle itself comes on a channel of its own: import-protocol.ts).
  /** Before an import: which of the bundle's stories are stored already, and how. */
  'check-bundle': declare(
    'extension',
    {
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
    },
    CollisionsSchema,
  ),
  'list-imports': declare('extension', {}, ImportListSchema),
  'undo-import': declare('extension', { id: v.pipe(v.number(), v.integer()) }, RemovedSchema),
};

type Requests = typeof REQUESTS;
export type RequestType = keyof Requests;

/** A request of one type, as its sender writes it and its handler receives it. */
export type RequestOf<T extends RequestType> = { type: T } & v.InferOutput<Requests[T]['payload']>;
export type Request = { [T in RequestType]: RequestOf<T> }[RequestType];
/** What the worker answers a request of one type. */
export type ReplyOf<T extends RequestType> = v.InferOutput<Requests[T]['reply']>;
/** The envelope every answer travels in: the value, or why there is none. */
export type Envelope<T extends RequestType> = { ok: true; value: ReplyOf<T> } | { ok: false; error: string };

export const REQUEST_TYPES = Object.keys(REQUESTS) as RequestType[];

const requestSchemas = new Map(
  REQUEST_TYPES.map((type) => [
    type,
    v.strictObject({ type: v.literal(type), ...REQUESTS[type].payload.entries }) as v.GenericSchema<
      unknown,
      Request
    >,
  ]),
);

/** The schema a message claiming to be of this type must fit, or null where no request has that type. */
export function requestSchemaOf(type: unknown): v.GenericSchema<unknown, Request> | null {
  return typeof type === 'string' ? (requestSchemas.get(type as RequestType) ?? null) : null;
}
