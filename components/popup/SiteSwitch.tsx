import { isSiteDisabled, type Settings, type SettingsChange, siteOfHost } from '../../extension/settings.ts';

/** The site a page is on, as the list of sites Wiretrace is off on names it (no "www."); null for none. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? siteOfHost(hostname) : null;
  } catch {
    return null;
  }
}

/**
 * Wiretrace on or off for the tab's site, from the popup: the same list the
 * options page edits. Off, the site's pages are not read at all; the tab is
 * checked again at once (by `change`), so its badge goes or comes back.
 */
export function SiteSwitch({
  url,
  settings,
  change,
}: {
  url: string;
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
}) {
  const site = siteOf(url);
  if (!site) return null;
  const sites = settings.disabledSites;
  const on = !isSiteDisabled(site, sites);
  // On again: every entry that covers the site goes (a parent domain's too, which the list shows the reader).
  const next = on ? [...sites, site] : sites.filter((entry) => !isSiteDisabled(site, [entry]));
  return (
    <label class="choice site-switch">
      <input type="checkbox" checked={on} onChange={() => void change({ disabledSites: next })} />
      Check articles on <strong>{site}</strong>
    </label>
  );
}
