/**
 * The site a host belongs to, roughly its registrable domain ("apnews.com" for
 * "feeds.apnews.com", "bbc.co.uk" for "news.bbc.co.uk"): a feed's article
 * pages are fetched only from the feed's own site.
 */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels.at(-1) ?? '')) return labels.join('.');
  const secondLevel = labels.at(-2) ?? '';
  const countryCode = (labels.at(-1) ?? '').length === 2;
  const keep = countryCode && secondLevel.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function sameSite(a: string, b: string): boolean {
  try {
    return siteOf(new URL(a).hostname) === siteOf(new URL(b).hostname);
  } catch {
    return false;
  }
}
