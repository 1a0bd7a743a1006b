import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { foldTypography, squashSpaces } from '../normalize/fold.ts';
import type { Article } from './article.ts';
import { selectArticleBlocks } from './blocks.ts';
import { isCreditLine } from './credits.ts';
import { domBlocks } from './dom-blocks.ts';
import { readMetadata } from './metadata.ts';
import { separateCredits, wordsIn } from './paragraphs.ts';

/** Extracts the article from an HTML page, in Node or any other place without a live DOM. */
export function extractFromHtml(html: string, pageUrl: string | null = null): Article {
  return extractFromDocument(parseHTML(html).document, pageUrl, readabilityParagraphs(html));
}

/**
 * Extracts the article from a document. Readability's choice of article text is
 * a prior, not the answer: the page's own blocks are scored and the best region
 * kept, so paragraphs Readability drops at the edges come back and sidebars it
 * keeps go.
 */
export function extractFromDocument(
  document: Document,
  pageUrl: string | null,
  prior: ReadonlySet<string>,
): Article {
  const metadata = readMetadata(document, pageUrl);
  const root = document.body ?? document.documentElement;
  const blocks = domBlocks(root).map((block) => ({
    ...block,
    text: foldTypography(block.text),
    prior: prior.has(foldTypography(block.text)) ? 1 : 0,
  }));
  const { paragraphs, credits } = separateCredits(selectArticleBlocks(blocks));
  const captionCredits = blocks.filter((b) => b.role !== 'chrome' && isCreditLine(b.text)).map((b) => b.text);
  return {
    ...metadata,
    title: metadata.title ? foldTypography(metadata.title) : null,
    paragraphs,
    credits: [...new Set([...credits, ...captionCredits])],
    words: wordsIn(paragraphs),
  };
}

/** The paragraph texts Readability takes for the article, as a set for lookup. */
export function readabilityParagraphs(html: string): Set<string> {
  const { document } = parseHTML(html);
  const reader = new Readability<Element>(document as unknown as Document, {
    charThreshold: 200,
    serializer: (element) => element as Element,
  });
  const texts = new Set<string>();
  const content = reader.parse()?.content;
  if (!content) return texts;
  for (const block of domBlocks(content)) texts.add(foldTypography(squashSpaces(block.text)));
  return texts;
}
