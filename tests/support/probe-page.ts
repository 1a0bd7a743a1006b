import { Random, syntheticStory } from '../../bench/synthetic.ts';
import { loadFixtureStories } from './fixtures.ts';

/** The story a probing page shows first: one the reader's cache holds (the fixture bundle's). */
export const PROBED_STORY_ID = 'afp-2026-10-18-piedmont-floods';

/**
 * A hostile page that tries to learn what the reader's cache holds: it shows
 * a cached story's text, then swaps in others with `pushState`
 * (`window.__swap(n)`), and records every message posted to it.
 */
export function probePage(): string {
  const cached = loadFixtureStories().find((s) => s.id === PROBED_STORY_ID);
  const random = new Random(7);
  const others = Array.from({ length: 8 }, (_, i) => syntheticStory(random, 7_000_000 + i, 300).text);
  const texts = [cached?.text ?? '', ...others].map((text) => text.split(/\n\s*\n/));
  const script = `
window.__messages = [];
addEventListener('message', (event) => window.__messages.push(JSON.stringify(event.data)));
const texts = ${JSON.stringify(texts).replace(/</g, '\\u003c')};
window.__swap = (n) => {
  const article = document.querySelector('article');
  article.replaceChildren(...texts[n].map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  history.pushState(null, '', '/probe.html?n=' + n);
};
addEventListener('DOMContentLoaded', () => window.__swap(0));`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Probe</title>
<script>${script}</script></head><body><h1>News</h1><article></article></body></html>`;
}
