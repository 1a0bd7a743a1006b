import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import { askWorker } from '../messages/client.ts';
import { ContentMessageSchema } from '../messages/protocol.ts';
import { parseMessage } from '../messages/receive.ts';
import { disabledSites, isSiteDisabled } from '../settings.ts';
import { mountBadge } from './badge-ui.tsx';
import { showHeatmap } from './heatmap.ts';
import { looksLikeArticle } from './looks-like-article.ts';
import { serializePage } from './serialize-page.ts';

/**
 * What the content script does on a page: a cheap look first; on an article,
 * hand the page to the worker when the page is idle, show the badge if there is
 * a finding. Runs again when a single-page site changes its URL.
 */
export function runOnPage(ctx: ContentScriptContext): void {
  let cleanup: (() => void)[] = [];
  const reset = () => {
    for (const undo of cleanup) undo();
    cleanup = [];
  };
  const check = async () => {
    reset();
    if (isSiteDisabled(location.hostname, await disabledSites.getValue())) return;
    if (!looksLikeArticle(document)) {
      await askWorker({ type: 'not-an-article', url: location.href });
      return;
    }
    const html = await serializePage(document);
    if (ctx.isInvalid) return;
    if (html === null) {
      await askWorker({ type: 'not-an-article', url: location.href });
      return;
    }
    const summary = await askWorker({ type: 'analyze-page', url: location.href, html });
    if (ctx.isInvalid) return;
    let hideHeatmap: (() => void) | null = null;
    const setHeatmap = (on: boolean) => {
      hideHeatmap?.();
      hideHeatmap = on ? showHeatmap(document, summary.marks) : null;
    };
    let shown = false;
    const showBadge = async () => {
      if (shown || ctx.isInvalid) return;
      shown = true;
      const line = summary.line || 'Wiretrace found no wire original for this article';
      const ui = await mountBadge(
        ctx,
        { ...summary, line },
        {
          onDetails: () => void askWorker({ type: 'open-details' }),
          onHeatmap: setHeatmap,
        },
      );
      cleanup.push(() => ui.remove());
    };
    cleanup.push(() => setHeatmap(false));
    // The popup can ask for the badge or the marks even where there was no finding to show unasked.
    const onMessage = (message: unknown) => {
      const parsed = parseMessage(ContentMessageSchema, message, 'the extension');
      if (parsed?.type === 'show-heatmap') setHeatmap(parsed.on);
      if (parsed?.type === 'show-badge') void showBadge();
      if (parsed?.type === 'recheck') void check();
    };
    browser.runtime.onMessage.addListener(onMessage);
    cleanup.push(() => browser.runtime.onMessage.removeListener(onMessage));
    if (summary.show) await showBadge();
  };
  const run = () => void check().catch((error) => console.debug('Wiretrace:', error));
  ctx.addEventListener(window, 'wxt:locationchange', run);
  ctx.onInvalidated(reset);
  run();
}
