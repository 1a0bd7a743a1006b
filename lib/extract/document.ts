import { Readability } from '@mozilla/readability';
import { foldTypography, squashSpaces } from '../normalize/fold.ts';
import type { Article } from './article.ts';
import { selectArticleBlocks } from './blocks.ts';
import { isCreditLine } from './credits.ts';
import { domBlocks } from './dom-blocks.ts';
import { readMetadata } from './metadata.ts';
import { separateCredits, wordsIn } from './paragraphs.ts';

/**
 * Extracts the article from a document: a live page in the browser or a parsed
 * one in Node. Readability's choice of article text is a prior, not the answer:
 * the page's own blocks are scored and the best region kept, so paragraphs
 * Readability drops at the edges come back and sidebars it keeps go.
 */
export function extractFromDocument(document: Document, pageUrl: string | null): Article {
  const metadata = readMetadata(document, pageUrl);
  const root = document.body ?? document.documentElement;
  const pageBlocks = domBlocks(root);
  // Readability rewrites the document it reads: it goes last, once the page's own blocks are taken.
  const prior = readabilityPrior(document);
  const blocks = pageBlocks.map((block) => {
    const text = foldTypography(block.text);
    return { ...block, text, prior: prior.has(text) ? 1 : 0 };
  });
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

/** The paragraph texts Readability takes for the article. It rewrites the document it reads. */
function readabilityPrior(document: Document): Set<string> {
  const reader = new Readability<Element>(document, {
    charThreshold: 200,
    serializer: (element) => element as Element,
  });
  const texts = new Set<string>();
  const content = reader.parse()?.content;
  if (!content) return texts;
  for (const block of domBlocks(content)) texts.add(foldTypography(squashSpaces(block.text)));
  return texts;
}
