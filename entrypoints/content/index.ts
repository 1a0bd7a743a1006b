import '../../components/badge/badge.css';
import { runOnPage } from '../../extension/content/run-on-page.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    runOnPage(ctx);
  },
});
