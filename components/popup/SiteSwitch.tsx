import { type Settings, type SettingsChange, siteOfHost } from '../../extension/settings.ts';
import { SiteListSwitch } from './SiteListSwitch.tsx';

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
export function SiteSwitch(props: {
  url: string;
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
}) {
  const site = siteOf(props.url);
  if (!site) return null;
  return (
    <SiteListSwitch
      site={site}
      list="disabledSites"
      class="site-switch"
      settings={props.settings}
      change={props.change}
    >
      Check articles on <strong>{site}</strong>
    </SiteListSwitch>
  );
}
