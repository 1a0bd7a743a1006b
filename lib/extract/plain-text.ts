import { languageOfText } from '../language/language-of.ts';
import { paragraphsOf } from '../normalize/text-lines.ts';
import type { Article } from './article.ts';
import { type Block, selectArticleBlocks } from './blocks.ts';
import { isCreditLine } from './credits.ts';
import { findDate } from './dates.ts';
import { separateCredits, wordsIn } from './paragraphs.ts';

// Not /i: with it, \p{Lu} matches lower case, and "By the river" was a byline.
const BYLINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'-]+(?:\s+(?:[Aa]nd\s+)?\p{Lu}[\p{L}.'-]+){0,5})\s*$/u;

/**
 * Extracts the article from the text of a page (a copy of what the browser
 * shows, chrome and all) or from a clean story text.
 */
export function extractFromText(text: string): Article {
  const lines = paragraphsOf(text);
  const blocks: Block[] = lines.map((line) => ({ text: line, linkDensity: 0, role: 'text', prior: 0 }));
  const body = selectArticleBlocks(blocks);
  const { paragraphs, credits, openingCredit } = separateCredits(body);
  const firstBody = body[0] === undefined ? lines.length : lines.indexOf(body[0]);
  const header = lines.slice(0, Math.max(0, firstBody));
  return {
    title: titleFrom(header),
    byline: bylineFrom(header),
    published: dateFrom(header),
    canonicalUrl: null,
    siteName: null,
    paragraphs,
    credits: [...credits, ...lines.filter((l) => isCreditLine(l) && !credits.includes(l))],
    openingCredit,
    words: wordsIn(paragraphs),
    language: languageOfText(paragraphs.join('\n')),
  };
}

function titleFrom(header: string[]): string | null {
  const candidates = header.filter((l) => {
    const words = l.split(/\s+/).length;
    return words >= 4 && words <= 30 && !/[.!?]$/.test(l) && !BYLINE.test(l);
  });
  const repeated = candidates.find((l, i) => candidates.indexOf(l) !== i);
  return repeated ?? candidates[candidates.length - 1] ?? null;
}

function bylineFrom(header: string[]): string | null {
  for (const line of header) {
    const match = BYLINE.exec(line);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The date nearest the article's start: the last one in the header. */
function dateFrom(header: string[]): string | null {
  for (let i = header.length - 1; i >= 0; i--) {
    const date = findDate(header[i] as string);
    if (date) return date;
  }
  return null;
}
