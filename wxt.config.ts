import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Wiretrace',
    description: 'Shows whether a news article copies or rewrites a wire story, which one, and what changed.',
  },
});
