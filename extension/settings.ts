import { storage } from '#imports';
import { DEFAULT_WIRE_SITES, type WireSite } from './capture/wire-sites.ts';
import { DEFAULT_LIMITS, type RetentionLimits } from './db/retention-limits.ts';

export type Sensitivity = 'strict' | 'normal' | 'eager' | 'on-request';

/**
 * How readily the inline badge appears: strict shows copies and rewrites only,
 * eager any partial reuse, on-request only when the reader asks from the
 * toolbar button (the page then never sees a badge appear by itself).
 */
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

/** Sites whose articles are stored as wire originals when the reader opens them. */
export const wireSites = storage.defineItem<WireSite[]>('local:wireSites', {
  fallback: [...DEFAULT_WIRE_SITES],
});

/** How much the cache keeps. */
export const retentionLimits = storage.defineItem<RetentionLimits>('local:retention', {
  fallback: DEFAULT_LIMITS,
});
