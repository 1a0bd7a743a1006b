import { storyFromArticle } from '../../lib/corpus/story-from-article.ts';
import type { Article } from '../../lib/extract/article.ts';
import { hasEnoughText } from '../../lib/extract/article.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import type { SaveReport } from '../db/save-stories.ts';
import { StoryCache } from '../db/story-cache.ts';
import type { WireSite } from './wire-sites.ts';

/**
 * Stores an article read on a wire service's own site (or a wire's copy on a
 * site that runs it) as one of its originals, under its canonical address, so
 * reading it twice (or seeing it in a feed) keeps one story, and an updated
 * version is kept as a version.
 */
export async function captureStory(
  db: WiretraceDatabase,
  pageUrl: string,
  article: Article,
  site: Pick<WireSite, 'source'>,
): Promise<SaveReport | null> {
  if (!hasEnoughText(article)) return null;
  const url = storyUrl(article.canonicalUrl, pageUrl);
  const story = storyFromArticle(article, { id: url, source: site.source, title: url, url });
  return new StoryCache(db).save([story], 'capture');
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
