import * as v from 'valibot';
import { DEFAULT_WIRE_SITES } from './capture/wire-sites.ts';
import { DEFAULT_LIMITS } from './db/retention-limits.ts';

/**
 * The reader's settings. They live in the worker's database
 * (db/settings-store.ts), not in `storage.local`: a content script can write
 * there, and one running in a page's hijacked process must not be able to add
 * a site to the wire sites, shrink the cache or switch Wiretrace off.
 */
export const SENSITIVITIES = ['strict', 'normal', 'eager', 'on-request'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

const host = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/));

export const SettingsSchema = v.strictObject({
  /**
   * How readily the inline badge appears: strict shows copies and rewrites only,
   * eager any partial reuse, on-request only when the reader asks from the
   * toolbar button (the page then never sees a badge appear by itself).
   */
  sensitivity: v.picklist(SENSITIVITIES),
  /** Wiretrace reads no page on any site (the reader paused it from the popup); feeds still fill the cache. */
  paused: v.boolean(),
  /** Host names (and their subdomains) where Wiretrace does nothing. */
  disabledSites: v.pipe(v.array(host), v.maxLength(10_000)),
  /** Sites where the badge stays hidden unless the reader asks for it (the popup and toolbar still tell). */
  badgeHiddenSites: v.pipe(v.array(host), v.maxLength(10_000)),
  /** Sites whose articles are stored as wire originals when the reader opens them. */
  wireSites: v.pipe(
    v.array(v.strictObject({ host, source: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)) })),
    v.maxLength(1_000),
  ),
  /** How much the cache keeps. */
  retention: v.strictObject({
    maxAgeDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
    maxStories: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(1_000_000)),
    maxMegabytes: v.pipe(v.number(), v.minValue(10), v.maxValue(100_000)),
  }),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const SettingsChangeSchema = v.partial(SettingsSchema);
export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>;

export const DEFAULT_SETTINGS: Settings = {
  sensitivity: 'normal',
  paused: false,
  disabledSites: [],
  badgeHiddenSites: [],
  wireSites: [...DEFAULT_WIRE_SITES],
  retention: DEFAULT_LIMITS,
};

/** A host as the lists of sites name it: lower case, no "www.". */
export function siteOfHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether a host is one of the sites listed, or under one of them. */
export function isSiteListed(hostname: string, sites: readonly string[]): boolean {
  const host = siteOfHost(hostname);
  return sites.some((site) => {
    const bare = site
      .toLowerCase()
      .trim()
      .replace(/^www\./, '');
    return bare !== '' && (host === bare || host.endsWith(`.${bare}`));
  });
}

/**
 * A list of sites with the site put in, or taken out: out, every entry that
 * covers it goes (a parent domain's too, which the lists show the reader).
 */
export function withSiteListed(sites: readonly string[], site: string, listed: boolean): string[] {
  if (listed) return isSiteListed(site, sites) ? [...sites] : [...sites, site];
  return sites.filter((entry) => !isSiteListed(site, [entry]));
}

/** Whether Wiretrace leaves a page on this host alone: paused everywhere, or off on its site. */
export function readsNothingOn(
  hostname: string,
  settings: Pick<Settings, 'paused' | 'disabledSites'>,
): boolean {
  return settings.paused || isSiteListed(hostname, settings.disabledSites);
}
