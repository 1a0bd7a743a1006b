import { wholeWords } from '../normalize/word-boundary.ts';
import { countWords } from './article.ts';

const CONSENT = wholeWords(
  'cookies?|consent|datenschutz|privacy (?:settings|choices|policy)|accept all|alle akzeptieren|tout accepter|aceptar todo|accetta tutto|zustimmen|consentement',
  'i',
);
const PAYWALL = wholeWords(
  'subscribe (?:to (?:continue|read)|now)|subscribers? only|already a subscriber|sign in to (?:continue|read)|abonnieren sie|jetzt abonnieren|réservé aux abonnés|solo para suscriptores|paywall',
  'i',
);

/** Past this, a text that mentions cookies or subscriptions is an article about them, or with a notice beside it. */
const NOTICE_WORDS = 120;

/**
 * Whether the text taken for the article is a cookie or consent notice, or a
 * subscription notice, rather than an article: short, and saying so.
 */
export function noticeIn(paragraphs: readonly string[]): Refusal | null {
  const text = paragraphs.join(' ');
  if (countWords(text) > NOTICE_WORDS) return null;
  if (CONSENT.test(text)) return notArticle('the page shows a cookie or consent notice');
  if (PAYWALL.test(text)) return notArticle('the page shows a subscription notice in place of the article');
  return null;
}

function notArticle(why: string): Refusal {
  return { reason: `no article text was found: ${why}`, notArticle: true };
}

export interface Refusal {
  reason: string;
  /** The page shows something in the article's place that is never the article. */
  notArticle: boolean;
}

/**
 * Why a page gave little or no article text, in words for the reader: a
 * consent or cookie wall, a paywall notice, a page of links, or simply too
 * little text.
 */
export function refusalOf(document: Document, words: number): Refusal {
  const root = document.body ?? document.documentElement;
  const text = (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const linked = Array.from(root?.querySelectorAll('a') ?? []).reduce(
    (sum, a) => sum + (a.textContent ?? '').trim().length,
    0,
  );
  const found = `only ${words} words of article text were found`;
  if (countWords(text) < 400 && CONSENT.test(text))
    return notArticle('the page shows a cookie or consent notice');
  if (PAYWALL.test(text)) return notArticle('the page shows a subscription notice in place of the article');
  if (text.length > 0 && linked / text.length > 0.5) return notArticle('the page is a list of links');
  return { reason: found, notArticle: false };
}
