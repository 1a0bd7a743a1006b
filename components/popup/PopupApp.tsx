import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askWorker } from '../../extension/messages/client.ts';
import type { CacheStats, TabResult } from '../../extension/messages/replies.ts';
import { tellTab } from '../../extension/messages/tell-tab.ts';
import { isSiteListed, type Settings, type SettingsChange } from '../../extension/settings.ts';
import { NO_MATCH } from '../../lib/explain/verdict-words.ts';
import { EmptyState } from './EmptyState.tsx';
import { PopupFooter } from './PopupFooter.tsx';
import { Report } from './Report.tsx';
import { SameStory } from './SameStory.tsx';
import { siteOf } from './SiteSwitch.tsx';

type Loaded = { tabId: number | null; result: TabResult | null; stats: CacheStats; settings: Settings };

/** The toolbar popup: what Wiretrace found on the current tab (or the tab named in the URL). */
export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changeError, setChangeError] = useState<string | null>(null);
  useEffect(() => {
    document.body.classList.toggle('full', isFullView());
    load().then(setLoaded, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) return <EmptyState title="Wiretrace could not load this tab's result">{error}</EmptyState>;
  if (!loaded)
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  // A change of settings takes effect on the tab at once: it is checked again, so its badge goes or comes back.
  const change = async (change: SettingsChange) => {
    try {
      const settings = await askWorker({ type: 'set-settings', change });
      setLoaded({ ...loaded, settings });
      setChangeError(null);
      if (loaded.tabId !== null) await tellTab(loaded.tabId, { type: 'recheck' });
    } catch (e) {
      setChangeError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <h1 class="app-title">Wiretrace</h1>
      {loaded.result?.badgeFailed && (
        <p class="warning" role="status">
          This page would not let Wiretrace put its badge on it. It was checked all the same: what was found
          is here.
        </p>
      )}
      <PopupBody {...loaded} change={change} />
      <PopupFooter
        url={loaded.result?.url ?? null}
        settings={loaded.settings}
        change={change}
        error={changeError}
      />
    </>
  );
}

function PopupBody({
  tabId,
  result,
  stats,
  settings,
  change,
}: Loaded & { change: (change: SettingsChange) => Promise<void> }) {
  const openOptions = () => void browser.runtime.openOptionsPage();
  if (settings.paused) {
    return (
      <EmptyState title="Wiretrace is paused">
        <p>It reads no page on any site until you resume it. Feeds still keep the cache up to date.</p>
        <button type="button" onClick={() => void change({ paused: false })}>
          Resume
        </button>
      </EmptyState>
    );
  }
  const site = result ? siteOf(result.url) : null;
  if (site && isSiteListed(site, settings.disabledSites)) {
    return (
      <EmptyState title={`Wiretrace is off on ${site}`}>
        <p>
          It reads nothing on this site, and shows nothing it found here before, until you turn it back on.
        </p>
      </EmptyState>
    );
  }
  if (stats.stories === 0 || result?.state === 'cache-empty') {
    return (
      <EmptyState title="No wire stories in the cache yet">
        <p>
          Wiretrace compares articles with wire stories stored on this computer. Turn on a wire feed or import
          a story bundle to start.
        </p>
        <button type="button" onClick={openOptions}>
          Turn on feeds or import
        </button>
      </EmptyState>
    );
  }
  if (tabId === null || !result) {
    return (
      <EmptyState title="Nothing checked on this page">
        Wiretrace looks at news articles as they load.
      </EmptyState>
    );
  }
  if (result.state === 'not-article') return <EmptyState title="This page does not look like an article" />;
  if (result.state === 'limited') return <CheckOnRequest tabId={tabId} />;
  if (result.state === 'captured') {
    return (
      <EmptyState title={`Kept as an original from ${result.source}`}>
        {result.site ? (
          <p>
            “{result.title}” opens with {result.source}'s dateline and credits no one else: Wiretrace kept it
            as {result.source}'s story (a copy on {result.site}), so rewrites of it can be found.
          </p>
        ) : (
          <p>
            “{result.title}” is on {result.source}'s own site: Wiretrace stored it, so rewrites of it can be
            found.
          </p>
        )}
      </EmptyState>
    );
  }
  const outcome = result.state === 'judged' ? result.result : null;
  if (outcome?.status === 'too-short')
    return <EmptyState title="Too little article text to judge">{outcome.reason}.</EmptyState>;
  if (outcome?.status === 'over-time')
    return (
      <EmptyState title="Could not judge this page">
        The page's text took longer than Wiretrace allows one page, so it was left unjudged (other tabs were
        not held up).
      </EmptyState>
    );
  if (outcome?.status === 'judged' && outcome.explanation.sameStory)
    return <SameStory explanation={outcome.explanation} />;
  if (outcome?.status !== 'judged' || outcome.explanation.verdict === 'unrelated') {
    const showBadge = () => void tellTab(tabId, { type: 'show-badge' });
    return (
      <EmptyState title={NO_MATCH}>
        <p>Nothing among the {stats.stories.toLocaleString()} cached stories was copied or rewritten here.</p>
        {stats.stale && (
          <p class="warning" role="alert">
            {stats.stale}
          </p>
        )}
        <button type="button" onClick={showBadge}>
          Show the badge on the page anyway
        </button>
      </EmptyState>
    );
  }
  return <Report explanation={outcome.explanation} tabId={tabId} pageUrl={result.url} full={isFullView()} />;
}

/** A tab past its judgements for the minute: the reader can ask for this page to be checked now. */
function CheckOnRequest({ tabId }: { tabId: number }) {
  const [asked, setAsked] = useState(false);
  const checkNow = async () => {
    setAsked(true);
    await askWorker({ type: 'judge-tab', tabId });
    await tellTab(tabId, { type: 'recheck' });
  };
  return (
    <EmptyState title="Not checked: this page changed its address many times">
      <p>
        A page that changes its address more often than a reader moves on is checked a few times a minute at
        most, so that no site can use Wiretrace to learn which stories you have read.
      </p>
      {asked ? (
        <p>Checking… open this window again in a moment.</p>
      ) : (
        <button type="button" onClick={() => void checkNow()}>
          Check this page now
        </button>
      )}
    </EmptyState>
  );
}

async function load(): Promise<Loaded> {
  const tabId = await targetTab();
  const [result, stats, settings] = await Promise.all([
    tabId === null ? null : askWorker({ type: 'get-tab-result', tabId }),
    askWorker({ type: 'get-stats' }),
    askWorker({ type: 'get-settings' }),
  ]);
  return { tabId, result, stats, settings };
}

/** "All details" opens the popup's page in a tab of its own, full width, with the original beside the page. */
export function isFullView(): boolean {
  return new URLSearchParams(location.search).get('view') === 'full';
}

async function targetTab(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(named) && named > 0) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
