import type { Browser } from 'wxt/browser';
import { Deadline } from '../../lib/engine/deadline.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { wireOfCopy } from '../../lib/extract/wire-copy.ts';
import { type Capture, captureStory } from '../capture/capture-story.ts';
import { rememberCopy } from '../capture/credited-copies.ts';
import { wireSiteOf } from '../capture/wire-sites.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { readSettings } from '../db/settings-store.ts';
import { cacheTotals } from '../db/totals.ts';
import type { BadgeSummary, TabResult } from '../messages/replies.ts';
import type { RequestOf } from '../messages/requests.ts';
import { isSiteListed, readsNothingOn } from '../settings.ts';
import { clearActionBadge, setActionBadge, setKeptNote } from './action-badge.ts';
import { analyzeArticle, JUDGE_PAGE_MS } from './analyze-page.ts';
import { badgeSummary, NO_BADGE } from './badge-summary.ts';
import { senderPageUrl, senderTab } from './sender.ts';
import type { TabBudget } from './tab-budget.ts';
import { saveTabResult } from './tab-results.ts';

/**
 * Judges the page a content script sent: off on the reader's disabled sites,
 * held to the tab's budget, kept as an original on a wire's own site (or as a
 * wire's copy on a site that runs it), else matched against the cache. The
 * result is stored for the popup; the badge's summary is the answer.
 */
export function pageJudge(db: () => WiretraceDatabase, budget: TabBudget) {
  // The newest judgement asked for in each tab: an older one finishing later is not stored over it.
  const latest = new Map<number, number>();
  let asked = 0;
  return async (
    request: RequestOf<'analyze-page'>,
    sender: Browser.runtime.MessageSender,
  ): Promise<BadgeSummary> => {
    const tabId = senderTab(sender);
    // The page's address as the browser gives it: a page (or a content script it took over) cannot choose it.
    const url = senderPageUrl(sender, request.url);
    const settings = await readSettings(db());
    if (readsNothingOn(new URL(url).hostname, settings)) return NO_BADGE;
    const ticket = ++asked;
    latest.set(tabId, ticket);
    const save = (result: TabResult) =>
      saveTabResult(tabId, request.badgeFailed ? { ...result, badgeFailed: true } : result);
    const nothingToShow = async (result: TabResult) => {
      await save(result);
      await clearActionBadge(tabId);
      return NO_BADGE;
    };
    if (!budget.take(tabId)) return nothingToShow({ state: 'limited', url });
    const deadline = new Deadline(JUDGE_PAGE_MS);
    const article = extractFromHtml(request.html, url);
    // Nothing read in a private window is stored: no original kept, no copy remembered.
    const incognito = sender.tab?.incognito === true;
    const keep = async (capture: Capture) => {
      await captureStory(db(), url, article, capture);
      const copiedOn = capture.kind === 'copy' ? { site: new URL(url).hostname } : {};
      await save({
        state: 'captured',
        url,
        source: capture.source,
        title: article.title ?? url,
        ...copiedOn,
      });
      await setKeptNote(tabId, capture.source, copiedOn.site);
      return NO_BADGE;
    };
    const site = wireSiteOf(new URL(url).hostname, settings.wireSites);
    if (site && !incognito && url.startsWith('https:'))
      return keep({ kind: 'wire-site', source: site.source });
    // A wire's copy on a site that runs it ("PARIS (AFP) -"), of a story the cache has none of, is kept as
    // that site's copy of the wire's story: its provenance is the site's word, and says so.
    const wire = incognito ? null : wireOfCopy(article);
    if ((await cacheTotals(db())).stories === 0)
      return wire ? keep({ kind: 'copy', source: wire }) : nothingToShow({ state: 'cache-empty', url });
    const result = await analyzeArticle(db(), article, deadline);
    if (latest.get(tabId) !== ticket) return NO_BADGE;
    if (wire && result.status === 'judged' && result.explanation.verdict === 'unrelated')
      return keep({ kind: 'copy', source: wire });
    const found = badgeSummary(result, settings.sensitivity);
    // Hidden on the site by the reader: the badge waits to be asked for; the toolbar and the popup still tell.
    const badgeHidden = isSiteListed(new URL(url).hostname, settings.badgeHiddenSites);
    const summary = badgeHidden ? { ...found, show: false } : found;
    // The page shows its badge now; the result is stored for the popup (which waits for it) and the
    // reference kept for later without making the reader wait.
    void Promise.all([
      save({ state: 'judged', url, result, judgedAt: Date.now() }),
      setActionBadge(tabId, summary),
      incognito ? null : rememberCopy(db(), url, result),
    ]).catch((error) => console.error('Wiretrace:', error));
    return summary;
  };
}
