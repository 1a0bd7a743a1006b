import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { exportBundle } from '../../extension/db/story-store.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { REQUEST_TYPES, requestSchemaOf } from '../../extension/messages/requests.ts';
import { NO_STORAGE } from '../../extension/worker/describe-error.ts';
import { dispatch, requestHandlers } from '../../extension/worker/handlers.ts';
import { STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';

const bundle = readFileSync(STORIES_JSONL, 'utf8');
const story = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'x1',
    source: 'AP',
    title: 'A title',
    text: 'A story text that is long enough.',
    ...over,
  });
let db: WiretraceDatabase;
let name = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  db = new WiretraceDatabase(`hostile-${name++}`);
  await importBundle(db, bundle);
});

async function expectUnchanged(): Promise<void> {
  expect((await allStories(db)).map((s) => s.id).sort()).toEqual(
    bundle
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id)
      .sort(),
  );
  expect((await readTotals(db.meta)).stories).toBe(11);
}

describe('hostile and broken bundles', () => {
  it.each([
    ['a truncated last line', `${story()}\n${story({ id: 'x2' }).slice(0, 40)}`, /line 2: not valid JSON/],
    ['a line that is not an object', `${story()}\n[1, 2, 3]\n`, /line 2: a story must be a JSON object/],
    ['a number for a title', `${story({ title: 7 })}\n`, /line 1: "title" must be a non-empty string/],
    [
      'an oversized text',
      `${story({ text: 'word '.repeat(120_000) })}\n`,
      /line 1: "text" is longer than 500,000/,
    ],
    ['a script URL', `${story({ url: 'javascript:alert(1)' })}\n`, /line 1: "url" must be an http\(s\) URL/],
    ['an id seen twice', `${story()}\n${story()}\n`, /line 2: duplicate id/],
    [
      'a date that is not one',
      `${story({ published: 'yesterday-ish' })}\n`,
      /line 1: "published" must be a date/,
    ],
  ])('rejects %s whole, naming the line, and changes nothing', async (_, jsonl, reason) => {
    await expect(importBundle(db, `${story({ id: 'fine-before' })}\n${jsonl}`)).rejects.toThrow(
      new RegExp(reason.source.replace(/line (\d)/, (_m, n) => `line ${Number(n) + 1}`)),
    );
    await expectUnchanged();
  });

  it.each([
    ['an empty file', '\n\n', /^The bundle was not imported: the file is empty: a bundle is JSON Lines/],
    [
      'a JSON array',
      `[${story()}, ${story({ id: 'x2' })}]`,
      /^The bundle was not imported: this is one JSON array, not JSON Lines/,
    ],
    [
      'a CSV table',
      'id,source,title,text\na,AP,Title,Text\n',
      /^The bundle was not imported: this looks like CSV: a bundle is JSON Lines/,
    ],
  ])('says what %s is in words a reader can act on, and changes nothing', async (_, text, reason) => {
    await expect(importBundle(db, text)).rejects.toThrow(reason);
    await expectUnchanged();
  });

  it('keeps hostile strings as plain data and never pollutes prototypes', async () => {
    const hostile = {
      id: '<img src=x onerror=alert(1)>',
      title: '</title><script>alert("t")</script>\u202e\u0000 ✓ 报道',
      text: '"Quote" with <b>markup</b>, a NUL \u0000, zero\u200bwidth and RTL \u202e text. '.repeat(5),
      byline: '"><svg onload=alert(1)>',
    };
    const line = `{"__proto__": {"polluted": true}, ${story(hostile).slice(1)}`;
    expect(await importBundle(db, line)).toMatchObject({ added: 1 });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const stored = (await allStories(db)).find((s) => s.id === hostile.id);
    expect(stored).toMatchObject({ title: hostile.title, text: hostile.text, byline: hostile.byline });
    expect(Object.hasOwn(stored ?? {}, 'polluted')).toBe(false);
    const exported = (await exportBundle(db)).jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(exported.find((s) => s.id === hostile.id)).toEqual({
      ...JSON.parse(story(hostile)),
      language: 'en',
    });
  });
});

describe('garbage messages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers every arbitrary message without throwing, and rejects all but valid requests', async () => {
    const handlers = requestHandlers(() => db);
    const network = vi.fn(() => Promise.reject(new Error('tests never leave 127.0.0.1')));
    vi.stubGlobal('fetch', network);
    const sender = { tab: { id: 3 } as never, url: 'https://news.example/a' };
    const types = REQUEST_TYPES;
    const url = fc.oneof({ arbitrary: fc.webUrl(), weight: 3 }, { arbitrary: fc.string(), weight: 1 });
    const tabId = fc.oneof({ arbitrary: fc.integer(), weight: 3 }, fc.double(), fc.string());
    // Requests with their fields, right or wrong in type, so that every kind arrives valid as well as not.
    const withFields = fc.oneof(
      fc.record({ type: fc.constant('analyze-page'), html: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({ type: fc.constant('not-an-article') }),
      fc.record({ type: fc.constantFrom('get-tab-result', 'judge-tab'), tabId }),
      fc.record({ type: fc.constant('add-feed'), url, source: fc.string({ maxLength: 120 }) }),
      fc.record({ type: fc.constant('set-feed'), url, enabled: fc.oneof(fc.boolean(), fc.string()) }),
      fc.record({ type: fc.constant('remove-feed'), url }),
      fc.record({ type: fc.constant('undo-import'), id: tabId }),
      fc.record({
        type: fc.constant('check-bundle'),
        stories: fc.array(fc.record({ id: fc.string(), digest: fc.oneof(fc.integer(), fc.string()) }), {
          maxLength: 3,
        }),
      }),
    );
    const messages = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...types) }, { requiredKeys: [] }),
      { arbitrary: withFields, weight: 3 },
      fc.record({
        type: fc.constantFrom(...types),
        url: fc.webUrl(),
        tabId: fc.anything(),
        jsonl: fc.anything(),
      }),
      fc.dictionary(fc.string(), fc.jsonValue()),
    );
    const arrived = new Set<string>();
    await fc.assert(
      fc.asyncProperty(messages, async (message) => {
        const reply = await dispatch(handlers, message, sender);
        const schema = requestSchemaOf((message as { type?: unknown } | null)?.type);
        const valid = schema !== null && v.safeParse(schema, message).success;
        if (!valid) expect(reply).toEqual({ ok: false, error: 'malformed message' });
        else {
          arrived.add((message as { type: string }).type);
          expect(reply).not.toEqual({ ok: false, error: 'malformed message' });
          if (!reply.ok) expect(reply.error).toMatch(/\S/);
        }
      }),
      { numRuns: 600 },
    );
    for (const type of [
      'analyze-page',
      'not-an-article',
      'get-tab-result',
      'add-feed',
      'set-feed',
      'undo-import',
    ])
      expect([...arrived], `a valid ${type} arrived`).toContain(type);
    expect(network).not.toHaveBeenCalled();
    // Valid requests among them ran (even "empty the cache"); the database stayed consistent.
    expect((await readTotals(db.meta)).stories).toBe((await allStories(db)).length);
  });
});

describe('a browser mode without IndexedDB', () => {
  const refusing = {
    open() {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    },
    deleteDatabase() {
      throw new DOMException('no storage', 'InvalidStateError');
    },
    cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  } as unknown as IDBFactory;

  it.each([
    ['refuses to open a database', { indexedDB: refusing, IDBKeyRange }],
    [
      'has no IndexedDB at all',
      { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange: undefined as never },
    ],
  ])('is answered with what is wrong, not a crash, when the browser %s', async (_, options) => {
    const broken = new WiretraceDatabase(`private-${name++}`, Number.POSITIVE_INFINITY, options);
    const handlers = requestHandlers(() => broken);
    const page = { tab: { id: 5 } as never, url: 'https://news.example/a' };
    const optionsPage = { url: browser.runtime.getURL('/options.html') };
    for (const [message, sender] of [
      [{ type: 'get-stats' }, optionsPage],
      [{ type: 'analyze-page', html: '<p>Some text.</p>' }, page],
      [{ type: 'clear-stories' }, optionsPage],
    ] as const) {
      expect(await dispatch(handlers, message, sender)).toEqual({ ok: false, error: NO_STORAGE });
    }
    await expect(importBundle(broken, story())).rejects.toThrow(NO_STORAGE);
  });
});
