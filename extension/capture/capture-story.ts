import { storyFromArticle } from '../../lib/corpus/story-from-article.ts';
import type { Article } from '../../lib/extract/article.ts';
import { hasEnoughText } from '../../lib/extract/article.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import type { SaveReport } from '../db/save-stories.ts';
import { StoryCache } from '../db/story-cache.ts';
import { CAPTURE_BUDGET, keepCapturesWithinBudget } from './capture-budget.ts';

/**
 * Where a captured story was read: on the wire service's own site (its
 * original), or on a site that runs the wire's copy and says so in its
 * dateline ("LONDON (Reuters) -"): that site's word only, kept apart.
 */
export interface Capture {
  kind: 'wire-site' | 'copy';
  source: string;
}

/**
 * Stores an article the reader opened as one of a wire's stories, under the
 * tab's address (its canonical one where that is on the same host), so reading
 * it twice (or seeing it in a feed) keeps one story, and an updated version is
 * kept as a version. `pageUrl` is the tab's, as the browser says, never what a
 * message claims. A copy's date is the site's, not the wire's: it is not kept.
 * Captures never evict other stories, and have a budget of their own.
 */
export async function captureStory(
  db: WiretraceDatabase,
  pageUrl: string,
  article: Article,
  capture: Capture,
): Promise<SaveReport | null> {
  if (!hasEnoughText(article)) return null;
  const url = storyUrl(article.canonicalUrl, pageUrl);
  const story = storyFromArticle(capturedPart(article, capture), {
    id: url,
    source: capture.source,
    title: url,
    url,
  });
  const report = await new StoryCache(db).save([story], capture.kind === 'copy' ? 'copy' : 'capture');
  await keepCapturesWithinBudget(db);
  return report;
}

/** What of the article is kept: its text up to the budget's length; for a copy, not the site's date. */
function capturedPart(article: Article, capture: Capture): Article {
  const paragraphs: string[] = [];
  let chars = 0;
  for (const paragraph of article.paragraphs) {
    // Paragraphs are kept two line breaks apart.
    if (chars + paragraph.length > CAPTURE_BUDGET.textChars) break;
    paragraphs.push(paragraph);
    chars += paragraph.length + 2;
  }
  return { ...article, paragraphs, ...(capture.kind === 'copy' ? { published: null } : {}) };
}

/**
 * The page's canonical address when it is on the same host, else its own
 * address; no query, no fragment (a newsletter's tracking tags, the reader's own).
 */
function storyUrl(canonical: string | null, pageUrl: string): string {
  const page = new URL(pageUrl);
  page.hash = '';
  page.search = '';
  try {
    const declared = new URL(canonical ?? '', page);
    if (declared.hostname === page.hostname && /^https?:$/.test(declared.protocol)) {
      declared.hash = '';
      declared.search = '';
      return declared.href;
    }
  } catch {
    // An unreadable canonical link: keep the page's own address.
  }
  return page.href;
}
