import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Random, syntheticStory } from '../../bench/synthetic.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { FEATURE_INDEXES } from '../../extension/db/indexes.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { importChannelOver, messagePortConnection } from '../../extension/import/import-channel.ts';
import { type PackedFingerprints, packFingerprints } from '../../extension/import/packed-fingerprints.ts';
import { ImportFailedError, sendBundle } from '../../extension/import/send-bundle.ts';
import { serve } from '../../extension/import/serve-imports.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import { loadFixtureStories, STORIES_JSONL } from '../support/fixtures.ts';
import { expectFixturePagesJudged } from '../support/judge-fixtures.ts';

const bundle = readFileSync(STORIES_JSONL, 'utf8');
let db: WiretraceDatabase;
let name = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`import-${name++}`);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

/** An options page and a worker joined by a real MessageChannel: messages are structured clones, buffers transferred. */
function connect() {
  const { port1, port2 } = new MessageChannel();
  const served = serve(db, messagePortConnection(port2));
  return { channel: importChannelOver(messagePortConnection(port1)), served, page: port1 };
}

const filler = (count: number) => {
  const random = new Random(7);
  return Array.from({ length: count }, (_, i) => syntheticStory(random, 900_000 + i, 120));
};

type Chunk = { type: 'chunk'; stories: unknown[]; fingerprints: PackedFingerprints };

const fixtureChunk = (): Chunk => {
  const stories = loadFixtureStories();
  return { type: 'chunk' as const, stories, fingerprints: packFingerprints(stories.map(fingerprintStory)) };
};

describe('an import over its channel', () => {
  it('stores every story of a bundle, in chunks, each under its own fingerprint', async () => {
    const { channel, served } = connect();
    const progress: number[] = [];
    const stories = [...loadFixtureStories(), ...filler(1_400)];
    const result = await sendBundle(storiesToJsonl(stories), channel.send, {
      onProgress: (stored) => progress.push(stored),
    });
    expect(result).toEqual({
      imported: 1_411,
      added: 1_411,
      versions: 0,
      repeats: 0,
      kept: 0,
      removed: 0,
      total: 1_411,
    });
    expect(progress).toEqual([250, 1_250, 1_411]);
    await served;
    expect(await db.meta.get('import')).toBeUndefined();
    const keys = new Map((await allStories(db)).map((s) => [s.id, s.key as number]));
    for (const story of stories.filter((_, i) => i < 11 || i % 97 === 0)) {
      const features = sampledFeatures(fingerprintStory(story).features);
      const found = await FEATURE_INDEXES.a.read(db, features);
      for (const feature of features)
        expect([...(found.get(feature) ?? [])], story.id).toContain(keys.get(story.id));
    }
  });

  it('fills a cache that judges every fixture page as expected', async () => {
    await sendBundle(bundle, connect().channel.send);
    await expectFixturePagesJudged(db);
  });

  it('refuses a bad line before sending anything, naming it', async () => {
    const { channel } = connect();
    const send = vi.fn(channel.send);
    await expect(sendBundle(`${bundle}{"id": 1}\n`, send)).rejects.toThrow(
      /The bundle was not imported: line 12: .*Nothing was changed/,
    );
    expect(send).not.toHaveBeenCalled();
  });

  it('rolls back what it wrote when the page goes away in the middle', async () => {
    await sendBundle(bundle, connect().channel.send);
    const { channel, served, page } = connect();
    expect(await channel.send({ type: 'begin', file: 'test.jsonl', stories: 22 })).toEqual({ type: 'ready' });
    const again = loadFixtureStories().map((s) => ({
      ...s,
      id: `${s.id}-again`,
      text: `${s.text} Updated.`,
    }));
    const chunk = {
      type: 'chunk' as const,
      stories: again,
      fingerprints: packFingerprints(again.map(fingerprintStory)),
    };
    expect(await channel.send(chunk)).toEqual({ type: 'saved', stories: 11 });
    expect((await readTotals(db.meta)).stories).toBe(22);
    page.close();
    await served;
    expect((await readTotals(db.meta)).stories).toBe(11);
    expect((await allStories(db)).every((s) => !s.id.endsWith('-again'))).toBe(true);
  });

  it.each([
    [
      'a story that is not one',
      (chunk: Chunk) => {
        chunk.stories[3] = { id: 'x', source: 'AP', title: 'T' };
      },
      /story 9: "text" must be a non-empty string/,
    ],
    [
      'fingerprints that do not add up',
      (chunk: Chunk) => {
        chunk.fingerprints.featureEnds = chunk.fingerprints.featureEnds.slice(1);
      },
      /features: 10 for 11 stories/,
    ],
    [
      'features that are not features',
      (chunk: Chunk) => {
        chunk.fingerprints.terms[0] = 2 ** 31 + 5;
      },
      /terms: a value is not a 31-bit feature/,
    ],
    [
      'more stories than it announced',
      (chunk: Chunk) => {
        const stories = [...loadFixtureStories(), { ...(loadFixtureStories()[0] as Story), id: 'one-more' }];
        chunk.stories = stories;
        chunk.fingerprints = packFingerprints(stories.map(fingerprintStory));
      },
      /announced 16 stories and sent more/,
    ],
  ])('fails whole on %s, keeping nothing of it', async (_, spoil, reason) => {
    const { channel, served } = connect();
    await channel.send({ type: 'begin', file: 'test.jsonl', stories: 16 });
    const first = filler(5);
    const saved = await channel.send({
      type: 'chunk',
      stories: first,
      fingerprints: packFingerprints(first.map(fingerprintStory)),
    });
    expect(saved).toEqual({ type: 'saved', stories: 5 });
    const chunk = fixtureChunk();
    spoil(chunk);
    expect(await channel.send(chunk)).toEqual({ type: 'failed', error: expect.stringMatching(reason) });
    await served;
    expect((await readTotals(db.meta)).stories).toBe(0);
    expect(await allStories(db)).toEqual([]);
    expect(await db.meta.get('import')).toBeUndefined();
  });

  it('fails when it ends before every announced story came', async () => {
    const { channel, served } = connect();
    await channel.send({ type: 'begin', file: 'test.jsonl', stories: 12 });
    await channel.send(fixtureChunk());
    expect(await channel.send({ type: 'end' })).toEqual({
      type: 'failed',
      error: 'The import announced 12 stories and sent 11.',
    });
    await served;
    expect((await readTotals(db.meta)).stories).toBe(0);
  });

  it('answers a malformed message with a failure and keeps nothing', async () => {
    const { channel, served } = connect();
    await channel.send({ type: 'begin', file: 'test.jsonl', stories: 11 });
    await channel.send(fixtureChunk());
    const spoiled = { ...fixtureChunk(), fingerprints: { features: [1, 2, 3] } };
    expect(await channel.send(spoiled as never)).toMatchObject({ type: 'failed' });
    await served;
    expect((await readTotals(db.meta)).stories).toBe(0);
  });

  it('runs one import at a time', async () => {
    const first = connect();
    const second = connect();
    expect(await first.channel.send({ type: 'begin', file: 'test.jsonl', stories: 11 })).toEqual({
      type: 'ready',
    });
    expect(await second.channel.send({ type: 'begin', file: 'test.jsonl', stories: 11 })).toEqual({
      type: 'failed',
      error: 'Another import is running; try again when it has finished.',
    });
    await first.channel.send(fixtureChunk());
    expect(await first.channel.send({ type: 'end' })).toMatchObject({ type: 'done', imported: 11 });
    await expect(sendBundle(bundle, connect().channel.send)).resolves.toMatchObject({ repeats: 11 });
  });

  it('tells the page when the worker stops answering', async () => {
    vi.useFakeTimers();
    try {
      const { port1 } = new MessageChannel();
      const channel = importChannelOver(messagePortConnection(port1));
      const waiting = channel.send({ type: 'begin', file: 'test.jsonl', stories: 1 });
      const failed = expect(waiting).rejects.toThrow(/stopped answering/);
      await vi.advanceTimersByTimeAsync(30_000);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the page when the worker goes away in the middle', async () => {
    const { port1, port2 } = new MessageChannel();
    const channel = importChannelOver(messagePortConnection(port1));
    const waiting = channel.send({ type: 'begin', file: 'test.jsonl', stories: 1 });
    port2.close();
    await expect(waiting).rejects.toThrow(ImportFailedError);
  });
});
