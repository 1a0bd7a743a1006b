import { browser } from 'wxt/browser';
import { NO_MATCH } from '../../lib/explain/verdict-words.ts';
import { askWorker } from '../messages/client.ts';
import { type BadgeState, ContentMessageSchema } from '../messages/content-messages.ts';
import { parseMessage } from '../messages/receive.ts';
import { BadgeHost } from './badge-host.tsx';
import { type ShownMarks, showHeatmap } from './heatmap.ts';
import { looksLikeArticle } from './looks-like-article.ts';
import { PageLife } from './page-life.ts';
import { serializePage } from './serialize-page.ts';
import { watchAddress } from './watch-address.ts';

/**
 * What the content script does on a page: a cheap look first; on an article,
 * the badge's (empty) host at once, the page handed to the worker when the
 * page is idle, the badge shown if there is a finding. Checked again when a
 * single-page site changes its address (one check at a time, the one before
 * it abandoned); the worker holds each tab to a few checks a minute.
 */
export function runOnPage(): void {
  const life = new PageLife();
  const host = new BadgeHost();
  const heatmap = { shown: null as ShownMarks | null };
  let check: AbortController | null = null;
  let summary: Awaited<ReturnType<typeof judgePage>> = null;

  let badgeShown = false;
  const setHeatmap = (on: boolean) => {
    heatmap.shown?.hide();
    heatmap.shown = on && summary ? showHeatmap(document, summary.marks, summary.changed) : null;
    if (badgeShown) showBadge();
  };
  const showBadge = () => {
    if (!summary) return;
    const line = summary.line || NO_MATCH;
    host.show(
      { ...summary, line },
      { onDetails: openDetails, onHeatmap: setHeatmap, onHide: hideBadge },
      heatmap.shown !== null,
    );
    badgeShown = true;
  };
  // Hidden, the host stays (its presence says nothing); the popup's "Show the badge" brings the badge back.
  const hideBadge = (where: 'page' | 'site') => {
    host.show(null, NO_ACTIONS);
    badgeShown = false;
    if (where === 'site')
      void askWorker({ type: 'hide-badge-on-site' }).catch((error) => console.debug('Wiretrace:', error));
  };
  const run = () => {
    if (life.ended) return;
    check?.abort();
    const current = new AbortController();
    check = current;
    badgeShown = false;
    setHeatmap(false);
    summary = null;
    void judgePage(current.signal, host)
      .then((judged) => {
        if (current.signal.aborted || life.ended) return;
        summary = judged;
        if (judged?.show) showBadge();
      })
      .catch((error) => console.debug('Wiretrace:', error));
  };

  const onMessage = (message: unknown): Promise<BadgeState> | undefined => {
    if (life.ended) return undefined;
    const parsed = parseMessage(ContentMessageSchema, message, 'the extension');
    if (parsed?.type === 'show-heatmap') setHeatmap(parsed.on);
    if (parsed?.type === 'show-badge') showBadge();
    if (parsed?.type === 'recheck') run();
    if (parsed?.type === 'badge-state')
      return Promise.resolve({
        ...host.state(),
        marked: heatmap.shown !== null,
        marksTampered: heatmap.shown !== null && !heatmap.shown.intact(),
      });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  watchAddress(life.signal, () => run());
  life.onEnd(() => {
    check?.abort();
    setHeatmap(false);
    host.remove();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  run();
}

/** One look at the page as it is now: the badge's summary, or null where there is nothing to show. */
async function judgePage(signal: AbortSignal, host: BadgeHost) {
  host.show(null, NO_ACTIONS);
  if (!looksLikeArticle(document)) {
    host.remove();
    await askWorker({ type: 'not-an-article', url: location.href });
    return null;
  }
  // Off on this site, the page is not read at all; past the tab's few checks a minute, it is not read either.
  // (The worker, which keeps the settings and the budget, says.)
  const policy = await askWorker({ type: 'page-policy' });
  if (!policy.enabled) {
    host.remove();
    return null;
  }
  // The page is judged whether or not the badge can be shown: a page that breaks the badge still has its verdict.
  const badgeFailed = !(await host.mount());
  const flag = badgeFailed ? { badgeFailed } : {};
  if (!policy.withinBudget) return askWorker({ type: 'analyze-page', url: location.href, html: '', ...flag });
  const html = await serializePage(document);
  if (signal.aborted) return null;
  if (html === null) {
    await askWorker({ type: 'not-an-article', url: location.href });
    return null;
  }
  return askWorker({ type: 'analyze-page', url: location.href, html, ...flag });
}

const NO_ACTIONS = { onDetails: () => {}, onHeatmap: () => {}, onHide: () => {} };

function openDetails(): void {
  void askWorker({ type: 'open-details' }).catch((error) => console.debug('Wiretrace:', error));
}
