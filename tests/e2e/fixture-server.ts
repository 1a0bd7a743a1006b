import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  namesTakenPage,
  plantedDatelinePage,
  plantedRewritePage,
  punctuationRunPage,
  sameStoryPage,
} from '../support/attack-pages.ts';
import { PAGES_DIR } from '../support/fixtures.ts';
import { hostileRewritePage } from '../support/hostile.ts';
import { readLanguagePage } from '../support/language-fixtures.ts';
import { largeArticlePage } from '../support/large-page.ts';
import { newsLayoutPage } from '../support/news-layouts.ts';
import { probePage } from '../support/probe-page.ts';
import { HAVE_SEEDS, readSeed } from '../support/seeds.ts';
import { apCopyPage } from '../support/wire-copy-page.ts';
import { type LocalServer, startLocalServer } from '../support/wire-server.ts';

/**
 * Serves the fixture pages and the test wire site (its feeds open to any
 * reader, since a browser under automation cannot answer a permission prompt)
 * on 127.0.0.1, and records every request it is sent.
 */
export type FixtureServer = LocalServer;

export function startFixtureServer(): Promise<FixtureServer> {
  return startLocalServer((path) => {
    const body = pageFor(path);
    return body === null ? null : { type: 'text/html; charset=utf-8', body };
  }, true);
}

function pageFor(path: string): string | null {
  if (path === '/seed-rewrite.html') return HAVE_SEEDS ? seedPage() : null;
  if (path === '/hostile-rewrite.html') return hostileRewritePage();
  if (path === '/large-article.html') return largeArticlePage();
  if (path === '/probe.html') return probePage();
  if (path === '/partner/ap-copy.html') return apCopyPage();
  if (path === '/attacks/names-taken.html') return namesTakenPage();
  if (path === '/attacks/planted-dateline.html') return plantedDatelinePage();
  if (path === '/attacks/planted-rewrite.html') return plantedRewritePage();
  if (path === '/attacks/punctuation-runs.html') return punctuationRunPage();
  if (path === '/same-story/flood-independent.html') return sameStoryPage();
  const layout = /^\/layouts\/([\w-]+)\.html$/.exec(path);
  if (layout) return newsLayoutPage(layout[1] as string);
  const inLanguage = /^\/languages\/([a-z]{2})\/([\w-]+\.html)$/.exec(path);
  if (inLanguage) return readLanguagePage(inLanguage[1] as string, inLanguage[2] as string);
  if (!/^\/[\w-]+\.html$/.test(path)) return null;
  try {
    return readFileSync(join(PAGES_DIR, path.slice(1)), 'utf8');
  } catch {
    return null;
  }
}

/** The seed rewrite page as a browser would get it: its lines as paragraphs, chrome and all. */
function seedPage(): string {
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = readSeed('rewrite-page.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const title = 'U.S. warned firms about Russia\u2019s Kaspersky software day after invasion';
  const body = lines
    .map((line) => (line === title ? `<h1>${escapeHtml(line)}</h1>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="2022-04-01"></head><body>${body}</body></html>`;
}
