import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { IndexedDbStoryIndex } from '../../extension/db/indexed-db-story-index.ts';
import { saveStories } from '../../extension/db/save-stories.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { storyDigest } from '../../extension/db/story-record.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { dispatch, requestHandlers } from '../../extension/worker/handlers.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { loadFixtureStories, readFixturePage, STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';

const stories = loadFixtureStories();
const afp = stories.find((s) => s.id === 'afp-2026-10-18-piedmont-floods') as (typeof stories)[0];
let db: WiretraceDatabase;
let name = 0;
const options = () => ({ url: browser.runtime.getURL('/options.html') });

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`provenance-${name++}`);
});

/** A bundle line that reuses a feed story's id with another text: here, the text of an independent report. */
function poisoned(): string {
  const independent = extractFromHtml(readFixturePage('battery-independent.html'));
  return storiesToJsonl([{ ...afp, text: independent.paragraphs.join('\n\n') }]);
}

describe('a bundle that reuses the id of a story from a feed', () => {
  it('keeps the feed story as it is and cannot make an independent page look like a copy of it', async () => {
    await saveStories(db, [afp], 'feed');
    const report = await importBundle(db, poisoned());
    expect(report).toMatchObject({ added: 0, versions: 0, repeats: 0, kept: 1 });
    expect((await allStories(db)).map((s) => [s.id, s.version, s.text === afp.text])).toEqual([
      [afp.id, 1, true],
    ]);
    const result = await analyzeArticle(db, extractFromHtml(readFixturePage('battery-independent.html')));
    expect(result.status !== 'judged' || result.explanation.verdict === 'unrelated').toBe(true);
  });

  it('is named before anything is written, so that the reader can be asked', async () => {
    await saveStories(db, [afp], 'feed');
    await importBundle(db, storiesToJsonl(stories.filter((s) => s.source === 'PA')));
    const pa = stories.find((s) => s.source === 'PA') as (typeof stories)[0];
    const check = (list: { id: string; url?: string; text: string }[]) =>
      dispatch(
        requestHandlers(() => db),
        {
          type: 'check-bundle',
          stories: list.map((s) => ({
            id: s.id,
            ...(s.url ? { url: s.url } : {}),
            digest: storyDigest(s.text),
          })),
        },
        options(),
      );
    expect(
      await check([
        afp,
        { ...afp, id: 'x', url: afp.url, text: 'Another text.' },
        { ...pa, text: 'Changed.' },
        { id: 'new', text: 'n' },
      ]),
    ).toEqual({
      ok: true,
      value: { same: 1, fromTheWire: 1, fromBundles: 1 },
    });
  });
});

describe('where a story came from', () => {
  it('says which bundle brought a story and when, and an import can be taken back whole', async () => {
    await saveStories(db, [afp], 'feed');
    const handlers = requestHandlers(() => db);
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'), undefined, 'fixtures.jsonl');
    const index = new IndexedDbStoryIndex(db);
    const found = await index.stories((await allStories(db)).map((s) => s.key as number));
    const byId = new Map(found.map((s) => [s.story.id, s.origin]));
    expect(byId.get(afp.id)).toMatchObject({ via: ['feed', 'bundle'] });
    expect(byId.get('pa-2026-11-10-bike-thief')).toMatchObject({
      via: ['bundle'],
      bundle: { file: 'fixtures.jsonl' },
    });

    // The same file again writes nothing, and leaves no record (nothing to undo).
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'), undefined, 'fixtures.jsonl');
    const listed = await dispatch(handlers, { type: 'list-imports' }, options());
    expect(listed).toMatchObject({
      ok: true,
      value: [{ file: 'fixtures.jsonl', stories: stories.length - 1 }],
    });
    expect((listed as { value: unknown[] }).value).toHaveLength(1);
    const id = (listed as { value: { id: number }[] }).value[0]?.id as number;
    expect(await dispatch(handlers, { type: 'undo-import', id }, options())).toEqual({
      ok: true,
      value: { removed: stories.length - 1 },
    });
    // The feed story the bundle only saw again was there before it, and stays.
    expect((await allStories(db)).map((s) => s.id)).toEqual([afp.id]);
    expect(await dispatch(handlers, { type: 'list-imports' }, options())).toEqual({ ok: true, value: [] });
  });
});
