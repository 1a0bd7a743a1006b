import { storage } from '#imports';

export type Sensitivity = 'strict' | 'normal' | 'eager';

/** How readily the inline badge appears: strict shows copies and rewrites only, eager any partial reuse. */
export const sensitivity = storage.defineItem<Sensitivity>('local:sensitivity', { fallback: 'normal' });

/** Host names (and their subdomains) where Wiretrace does nothing. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

export function isSiteDisabled(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return sites.some((site) => {
    const bare = site
      .toLowerCase()
      .trim()
      .replace(/^www\./, '');
    return bare !== '' && (host === bare || host.endsWith(`.${bare}`));
  });
}
