import type { Article } from '../lib/extract/article.ts';

/** What `wiretrace extract --json` prints for a page: what the extension would take from it, or why nothing. */
export function extractRecord(file: string, article: Article): Record<string, unknown> {
  const fields = {
    file,
    title: article.title,
    byline: article.byline,
    published: article.published,
    site: article.siteName,
    canonicalUrl: article.canonicalUrl,
    language: article.language ?? null,
    words: article.words,
  };
  // What there is is printed, however short: the engine, not the extractor, decides what is too short to judge.
  const refused = article.words === 0 ? { refused: article.refusal ?? 'no article text was found' } : {};
  return { ...fields, ...refused, paragraphs: article.paragraphs, credits: article.credits };
}

/** The same for a person: the metadata, then the paragraphs, then the credits. */
export function extractReport(file: string, article: Article): string {
  const record = extractRecord(file, article);
  const meta = ['title', 'byline', 'published', 'site', 'canonicalUrl', 'language']
    .filter((key) => record[key])
    .map((key) => `${key}: ${record[key]}`);
  const body = record.refused
    ? [`no article: ${record.refused}`]
    : [`${article.words} words`, '', ...article.paragraphs.flatMap((p) => [p, ''])];
  const credits = article.credits.length ? ['credits:', ...article.credits.map((c) => `  ${c}`)] : [];
  return [`== ${file}`, ...meta, ...body, ...credits, ''].join('\n');
}
