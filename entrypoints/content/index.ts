import { runOnPage } from '../../extension/content/run-on-page.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's context would post a "content script started" message to every page (telling it Wiretrace is
  // installed) and stop on a DOM event the page can fire itself: the script keeps its own life (page-life.ts).
  noScriptStartedPostMessage: true,
  main() {
    runOnPage();
  },
});
