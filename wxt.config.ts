import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox gets Manifest V2: there, host permissions are granted at install, so the
// content script works on every article without the reader first granting each site
// (Firefox's MV3 makes them opt-in), and MV2's background page is supported by every
// Firefox ESR.
const FEED_SITES = ['https://*/*', 'http://*/*'];
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Drawn from assets/icon.svg by scripts/make-icons.ts; public/icon/ gives the extension's icons too. */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Wiretrace',
    description: 'Shows whether a news article copies or rewrites a wire story, which one, and what changed.',
    // Extension pages run only their own scripts; nothing may frame them, and no plugin runs.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // The toolbar button's own icon: Firefox shows a puzzle piece for a button without one.
    ...(browser === 'firefox'
      ? { browser_action: { default_icon: TOOLBAR_ICONS } }
      : { action: { default_icon: TOOLBAR_ICONS } }),
    // storage: settings and per-tab results; alarms: polling feeds and pruning the cache.
    permissions: ['storage', 'alarms'],
    // Asked at run time, one site at a time, for the feeds the reader turns on (MV2 lists them as permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: FEED_SITES }
      : { optional_host_permissions: FEED_SITES }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wiretrace@wiretrace.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
