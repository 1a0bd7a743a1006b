import { hasLetter } from '../normalize/word-boundary.ts';

/**
 * Page chrome recognised by its words: section markers, sharing and login
 * prompts, teaser lists. A line that is only this is never article text.
 */
const MARKER =
  /^(?:you (?:might|may) (?:also )?like|recommended(?: for you)?|read (?:more|next|also)|related(?: stories| articles| content| coverage| news)?|more (?:from|on|stories|news)\b.*|most (?:read|popular|viewed)|trending(?: now)?|tags?:.*|topics?:.*|filed under:?.*|share(?: this)?(?: article| story)?|tweet.*|previous (?:post|article)|next (?:post|article)|advertisement|sponsored(?: content)?|sign (?:up|in)\b.*|subscribe\b.*|log ?in\b.*|register|comments?|leave a comment|continue reading|click here\b.*|ends?|more to follow|more follows|skip to (?:main )?content|home|menu|search|no result|view all results?|follow us.*|newsletter.*|cookie.*|privacy policy|terms of (?:use|service)|back to top|print|email)[^\p{L}\p{N}]*$/iu;

/** A line that only marks an advertisement, in the languages the wires write in. */
const AD_MARKER =
  /^[\s\-–—:|·]*(?:advertisement|advertising|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|reklam|إعلان|اشتہار|广告|広告)[\s\-–—:|·]*$/iu;

export function isAdMarker(line: string): boolean {
  return line.length <= 40 && AD_MARKER.test(line.trim());
}

/** Phrases that sites glue onto the end of a paragraph. */
const TRAILING = /\s+(?:continue reading|read more|advertisement|click here to read more)[^\p{L}\p{N}]*$/iu;

const PROMPT =
  /\b(?:log ?in to|sign up (?:for|to)|subscribe to|create (?:a )?new account|forgot(?:ten)? (?:your )?password|reset your password|all fields are required|enable javascript|accept (?:all )?cookies|unlock (?:this|left)|cancel subscription|join (?:the )?discussion|please login|send us a tip)\b/i;

/** Chrome lines are short; a long paragraph is never one, whatever words it contains. */
const MAX_CHROME_LENGTH = 200;

export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CHROME_LENGTH) return false;
  return MARKER.test(text) || PROMPT.test(text) || !hasLetter(text) || /\u00a9|\(c\) \d{4}/i.test(text);
}

export function stripTrailingChrome(paragraph: string): string {
  const tail = paragraph.slice(-40);
  const match = TRAILING.exec(tail);
  return match ? paragraph.slice(0, paragraph.length - tail.length + match.index).trim() : paragraph.trim();
}

/** A teaser: a paragraph cut short to lure a click. */
export function isTeaser(line: string): boolean {
  return /(?:\.\.\.|\u2026|\[\.\.\.\])\s*$/.test(line.trim());
}
