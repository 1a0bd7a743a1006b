import type { Article } from '../extract/article.ts';
import type { Story } from './story.ts';

/**
 * An extracted article as a wire story: its paragraphs, then its credit lines
 * (a wire story keeps them). What the caller already knows (from a feed item)
 * wins over what the page says, except the title, where the page's is kept.
 */
export function storyFromArticle(article: Article, known: Omit<Story, 'text'>): Story {
  const published = known.published ?? article.published;
  const byline = known.byline ?? article.byline;
  return {
    ...known,
    title: article.title ?? known.title,
    text: [...article.paragraphs, ...article.credits].join('\n\n'),
    ...(published ? { published } : {}),
    ...(byline ? { byline } : {}),
  };
}
