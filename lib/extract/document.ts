import { languageOfText } from '../language/language-of.ts';
import { foldTypography } from '../normalize/fold.ts';
import type { Article } from './article.ts';
import { MIN_ARTICLE_WORDS } from './article.ts';
import { type Block, selectArticleBlocks } from './blocks.ts';
import { isChromeLine } from './boilerplate.ts';
import { isCreditLine, sourcesNamed } from './credits.ts';
import { domBlocks } from './dom-blocks.ts';
import { readMetadata, structuredCredits } from './metadata.ts';
import { separateCredits, wordsIn } from './paragraphs.ts';
import { pruneChrome } from './prune-chrome.ts';
import { readabilityBlocks } from './readability-body.ts';
import { noticeIn, refusalOf } from './refusal.ts';

/**
 * Extracts the article from a document: a live page in the browser (a copy of
 * it: extraction rewrites what it reads) or a parsed one in Node. Readability
 * finds the article, on the page without its navigation, footers and
 * dialogs; where it finds too little, it tries the whole page; where that too
 * fails, the page's own blocks are scored and the best run of prose kept.
 * `copy` gives a fresh copy of the page each time it is called.
 */
export function extractFromDocument(copy: () => Document, pageUrl: string | null): Article {
  const first = copy();
  const metadata = readMetadata(first, pageUrl);
  const declaredLanguage = first.documentElement?.getAttribute('lang') ?? null;
  const pageCredits = [...creditLinesOf(first), ...wiresNamedBy(first, metadata.byline)];
  const body = articleBody(first, copy, metadata.title);
  const separated = separateCredits(body.blocks.map((b) => b.text));
  const captionCredits = body.captions.map((b) => b.text).filter(isCreditLine);
  const words = wordsIn(separated.paragraphs);
  const refusal =
    noticeIn(separated.paragraphs) ?? (words < MIN_ARTICLE_WORDS ? refusalOf(copy(), words) : null);
  // A consent wall or a paywall notice is never the article, however it is laid out.
  const paragraphs = refusal?.notArticle ? [] : separated.paragraphs;
  return {
    ...metadata,
    title: metadata.title ? foldTypography(metadata.title) : null,
    paragraphs,
    credits: [...new Set([...separated.credits, ...captionCredits, ...pageCredits])],
    openingCredit: refusal?.notArticle ? null : separated.openingCredit,
    words: wordsIn(paragraphs),
    language: languageOfText(paragraphs.join('\n'), null, declaredLanguage),
    refusal: refusal?.reason ?? null,
  };
}

function articleBody(
  document: Document,
  copy: () => Document,
  title: string | null,
): { blocks: Block[]; captions: Block[] } {
  pruneChrome(document);
  const pruned = readabilityBlocks(document, title);
  if (pruned && enough(pruned.blocks)) return pruned;
  const whole = readabilityBlocks(copy(), title);
  if (whole && enough(whole.blocks)) return whole;
  const page = copy();
  const blocks = domBlocks(page.body ?? page.documentElement);
  const selected = selectArticleBlocks(blocks);
  const captions = blocks.filter((b) => b.role === 'caption');
  if (selected.length > 0)
    return { blocks: selected.map((text) => ({ text, role: 'text', linkDensity: 0, prior: 0 })), captions };
  // No prose anywhere: what text the page has is all there is (a note, a stub), unless it is chrome.
  return { blocks: blocks.filter(isPlainText), captions };
}

function isPlainText(block: Block): boolean {
  return (
    (block.role === 'text' || block.role === 'heading') &&
    block.linkDensity <= 0.5 &&
    !isChromeLine(block.text)
  );
}

/** Elements a credit line is written in, anywhere on the page ("With AFP" under the article, a photo credit). */
const CREDIT_HOLDERS = 'p, figcaption, small, cite, [class*="credit"], [class*="caption"], [class*="source"]';
const MAX_CREDIT_HOLDERS = 3_000;

/** Credit lines wherever the page has them: Readability leaves some out of the article ("credit" is a class it drops). */
function creditLinesOf(document: Document): string[] {
  const lines: string[] = [];
  const holders = Array.from(document.querySelectorAll(CREDIT_HOLDERS)).slice(0, MAX_CREDIT_HOLDERS);
  for (const holder of holders) {
    const text = (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length <= 240 && isCreditLine(text)) lines.push(text);
  }
  return lines;
}

/**
 * A wire named where the page says who wrote or published the article: its
 * byline ("By Li Wen Chua, Reuters"), its JSON-LD author, publisher or source
 * organisation, a wire's logo in the article (its alt text). Each counts as a
 * credit line.
 */
function wiresNamedBy(document: Document, byline: string | null): string[] {
  const logos = Array.from(document.querySelectorAll('article img[alt], main img[alt], .byline img[alt]'))
    .map((img) => img.getAttribute('alt') ?? '')
    .filter((alt) => (alt.length <= 60 && /\blogo\b/i.test(alt)) || alt.trim().split(/\s+/).length <= 3);
  return [...(byline ? [byline] : []), ...structuredCredits(document), ...logos].filter(
    (line) => sourcesNamed([line]).length > 0,
  );
}

function enough(blocks: readonly Block[]): boolean {
  return wordsIn(blocks.map((b) => b.text)) >= MIN_ARTICLE_WORDS;
}
