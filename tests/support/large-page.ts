import { loadFixtureStories } from './fixtures.ts';

/** Elements of page chrome around the article: a heavy news page, short of the size limit. */
export const LARGE_PAGE_CHROME_ELEMENTS = 24_000;

/**
 * A news page at the heavy end of real ones: a 1,500-word rewrite of a fixture
 * story amid thousands of links, teasers and comments, with a script that
 * records how long the page's main thread is ever kept busy (window.__longestBusyMs).
 */
export function largeArticlePage(): string {
  const story = loadFixtureStories().find((s) => s.id === 'afp-2026-10-18-piedmont-floods');
  if (!story) throw new Error('fixture story missing');
  const paragraphs = story.text.split(/\n\s*\n/);
  const article = Array.from({ length: 3 }, () => paragraphs)
    .flat()
    .map((p, i) => `<p>${i >= paragraphs.length ? `${p} (continued)` : p}</p>`)
    .join('\n');
  const comments: string[] = [];
  for (let i = 0; comments.length * 6 < LARGE_PAGE_CHROME_ELEMENTS; i++) {
    comments.push(
      `<div class="comment"><span class="author">Reader ${i}</span><p>Comment number ${i} on this story.</p><a href="/r/${i}">Reply</a><span class="likes">${i % 17}</span></div>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title} | Big Daily</title>
<script>
  window.__longestBusyMs = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__longestBusyMs = Math.max(window.__longestBusyMs, now - last - 5);
    last = now;
  }, 5);
</script></head>
<body><header><nav>${Array.from({ length: 200 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav></header>
<main><article><h1>${story.title}</h1><p class="byline">By Big Daily staff</p>
${article}</article>
<section class="comments"><h2>Comments</h2>${comments.join('\n')}</section></main>
<footer>© Big Daily</footer></body></html>`;
}
