import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { DEFAULT_LIMITS } from '../../extension/db/retention-limits.ts';
import { writeSettings } from '../../extension/db/settings-store.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { addFeed } from '../../extension/feeds/feed-list.ts';
import { clearActionBadge, setActionBadge, setKeptNote } from '../../extension/worker/action-badge.ts';
import {
  ensureAlarms,
  POLL_ALARM,
  RETENTION_ALARM,
  runAlarm,
} from '../../extension/worker/background-jobs.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import { loadFixtureStories } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';
import { type LocalServer, startLocalServer } from '../support/wire-server.ts';
import { FEEDS, storiesOf } from '../support/wire-site.ts';

const DAY = 86_400_000;
let server: LocalServer;
let db: WiretraceDatabase;
let name = 0;

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.requests.length = 0;
  db = new WiretraceDatabase(`jobs-${name++}`);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the alarms', () => {
  it('are created once each, with their periods, and not restarted when the worker starts again', async () => {
    await ensureAlarms();
    const alarms = await browser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes]).sort()).toEqual([
      [POLL_ALARM, 15],
      [RETENTION_ALARM, 360],
    ]);
    const scheduled = alarms.map((a) => a.scheduledTime);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ensureAlarms();
    expect((await browser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual(scheduled);
  });

  it('polls the enabled feeds and stores their stories when the poll alarm rings, and asks nothing of a feed that is off', async () => {
    await runAlarm(POLL_ALARM, db);
    expect(server.requests).toEqual([]);
    await addFeed(db, `${server.origin}${FEEDS.rss.path}`, 'AFP');
    // The fixture stories are of 2026: the age limit, which feeds also keep to, is as long as the options allow.
    await writeSettings(db, { retention: { ...DEFAULT_LIMITS, maxAgeDays: 3650 } });
    await runAlarm(POLL_ALARM, db);
    expect(server.requests.map((r) => r.path)).toContain(FEEDS.rss.path);
    expect((await allStories(db)).map((s) => s.id).sort()).toEqual(
      storiesOf('AFP')
        .map((s) => s.id)
        .sort(),
    );
  });

  it('applies the default age limit when the retention alarm rings, counting from when a story came in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const arrived = Date.parse('2030-01-01T00:00:00Z');
    vi.setSystemTime(arrived);
    const stories = loadFixtureStories();
    await importBundle(db, storiesToJsonl(stories), async () => DEFAULT_LIMITS);
    vi.setSystemTime(arrived + (DEFAULT_LIMITS.maxAgeDays - 1) * DAY);
    await runAlarm(RETENTION_ALARM, db);
    expect(await allStories(db)).toHaveLength(stories.length);
    vi.setSystemTime(arrived + (DEFAULT_LIMITS.maxAgeDays + 1) * DAY);
    await runAlarm(RETENTION_ALARM, db);
    expect(await allStories(db)).toHaveLength(0);
  });
});

describe('the toolbar button', () => {
  const tabId = 7;
  const shown = async () => ({
    text: await browser.action.getBadgeText({ tabId }),
    title: await browser.action.getTitle({ tabId }),
    colour: await browser.action.getBadgeBackgroundColor({ tabId }),
  });

  it.each([
    ['syndicated', 'neutral', 'COPY', 'Copy of AP · credited', [9, 105, 218, 255]],
    ['rewritten', 'strong', 'REWR', 'Rewrite of AP · 1 day later · credit not found', [179, 38, 30, 255]],
    ['partial', 'notice', 'PART', 'Partial copy of AP · credit not found', [154, 103, 0, 255]],
  ] as const)(
    'says %s in a word of the verdict’s name, in its tone’s colour, and the badge’s line in the tooltip',
    async (verdict, tone, text, line, rgba) => {
      await setActionBadge(tabId, { verdict, tone, line });
      const badge = await shown();
      expect([badge.text, badge.title]).toEqual([text, `Wiretrace: ${line}`]);
      expect(badge.colour).toEqual([...rgba]);
    },
  );

  it('says on the button that a page was kept as a wire’s story, and from which site', async () => {
    await setKeptNote(tabId, 'AP', 'daily.example');
    expect(await shown()).toMatchObject({
      text: 'KEPT',
      title: "Wiretrace: kept as AP's story (its copy on daily.example), so rewrites of it can be found",
    });
    await setKeptNote(tabId, 'Reuters');
    expect((await shown()).title).toBe("Wiretrace: kept as Reuters's story, so rewrites of it can be found");
  });

  it('says nothing for an unrelated page, and clears what it said on the next page', async () => {
    await setActionBadge(tabId, { verdict: 'rewritten', tone: 'strong', line: 'Rewrite of AP' });
    await clearActionBadge(tabId);
    expect(await shown()).toMatchObject({ text: '', title: 'Wiretrace' });
    await setActionBadge(tabId, { verdict: 'unrelated', tone: 'none', line: 'No match' });
    expect(await shown()).toMatchObject({ text: '', title: 'Wiretrace' });
  });
});
