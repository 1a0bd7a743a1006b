import { cleanOptionalField, FIELD_CHARS } from '../normalize/field-text.ts';
import { squashSpaces } from '../normalize/fold.ts';
import { normalizeDateTime } from './dates.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

/**
 * The names the page's JSON-LD gives the article's author, publisher and
 * source organisation: a wire named there is credited, whatever the text says.
 */
export function structuredCredits(document: Document): string[] {
  const ld = newsArticleLd(document);
  if (!ld) return [];
  return (['author', 'publisher', 'sourceOrganization', 'creator'] as const)
    .map((field) => ldName(ld[field]))
    .filter((name): name is string => name !== null);
}

type JsonLd = Record<string, unknown>;

/** Title, byline, date, canonical URL and site name from the page's meta tags and JSON-LD. */
export function readMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const ld = newsArticleLd(document);
  const meta = metaReader(document);
  return {
    title: cleanOptionalField(
      meta('og:title', 'twitter:title') ?? text(document.querySelector('h1')) ?? cleanTitle(document.title),
      FIELD_CHARS.title,
    ),
    byline: cleanOptionalField(
      meta('author', 'article:author', 'byl', 'parsely-author') ?? ldName(ld?.author) ?? bylineText(document),
      FIELD_CHARS.byline,
    ),
    published: normalizeDateTime(
      meta(
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'parsely-pub-date',
      ) ??
        stringOf(ld?.datePublished) ??
        document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    canonicalUrl: absoluteUrl(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
      pageUrl,
    ),
    siteName: cleanOptionalField(
      meta('og:site_name', 'application-name') ?? ldName(ld?.publisher) ?? hostName(pageUrl),
      FIELD_CHARS.name,
    ),
  };
}

const META_KEYS = ['property', 'name', 'itemprop'] as const;

/**
 * Looks meta tags up by name, reading the page's meta tags once: a query per
 * name costs a walk of the whole document, slow on large pages outside a browser.
 * A name is looked up as og-style property, then as name, then as itemprop; the
 * first tag in the page with it counts, and a blank one passes to the next name.
 */
function metaReader(document: Document): (...names: string[]) => string | null {
  const contents = new Map<string, string | null>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    for (const key of META_KEYS) {
      const name = element.getAttribute(key);
      const entry = `${key}=${name}`;
      if (name !== null && !contents.has(entry)) contents.set(entry, element.getAttribute('content'));
    }
  }
  return (...names) => {
    for (const name of names) {
      const value = META_KEYS.map((key) => contents.get(`${key}=${name}`)).find((v) => v !== undefined);
      if (value?.trim()) return squashSpaces(value);
    }
    return null;
  };
}

function newsArticleLd(document: Document): JsonLd | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findArticle(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources still count.
    }
  }
  return null;
}

function findArticle(value: unknown): JsonLd | null {
  if (Array.isArray(value)) return value.map(findArticle).find(Boolean) ?? null;
  if (!value || typeof value !== 'object') return null;
  const record = value as JsonLd;
  const type = String(record['@type'] ?? '');
  if (/Article|Posting|Report/.test(type)) return record;
  return findArticle(record['@graph']);
}

function ldName(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(ldName).filter(Boolean).join(', ') || null;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return stringOf((value as JsonLd).name);
  return null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function text(element: Element | null): string | null {
  const value = squashSpaces(element?.textContent?.replace(/\s+/g, ' ') ?? '');
  return value || null;
}

function bylineText(document: Document): string | null {
  const value = text(document.querySelector('[rel="author"], [itemprop="author"], .byline, .author'));
  return value?.replace(/^by\s+/i, '') ?? null;
}

/** The document's title less the site's name after its last separator ("Storm closes ports | Daily"). */
function cleanTitle(title: string): string | null {
  // Evened out and cut first: the separator's pattern, tried at every space, is then linear.
  const spaced = cleanOptionalField(title, FIELD_CHARS.title * 2);
  return spaced
    ? cleanOptionalField(spaced.replace(/ [|\u2013\u2014-] [^|\u2013\u2014-]+$/, ''), FIELD_CHARS.title)
    : null;
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return base;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return base;
  }
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
