import { useEffect, useState } from 'preact/hooks';
import { askWorker } from '../../extension/messages/client.ts';
import { tellTab } from '../../extension/messages/tell-tab.ts';
import { isSiteDisabled } from '../../extension/settings.ts';

/** The site a page is on, as the list of sites Wiretrace is off on names it (no "www."); null for none. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:'
      ? hostname.toLowerCase().replace(/^www\./, '')
      : null;
  } catch {
    return null;
  }
}

/**
 * Wiretrace on or off for the tab's site, from the popup: the same list the
 * options page edits. Off, the site's pages are not read at all; the tab is
 * checked again at once, so its badge goes or comes back.
 */
export function SiteSwitch({ url, tabId }: { url: string; tabId: number }) {
  const site = siteOf(url);
  const [sites, setSites] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    askWorker({ type: 'get-settings' }).then(
      (settings) => setSites(settings.disabledSites),
      (e: unknown) => setError(String(e instanceof Error ? e.message : e)),
    );
  }, []);
  if (!site || sites === null) return error ? <p class="warning">{error}</p> : null;
  const on = !isSiteDisabled(site, sites);
  const toggle = async () => {
    // On again: every entry that covers the site goes (a parent domain's too, which the list shows the reader).
    const next = on ? [...sites, site] : sites.filter((entry) => !isSiteDisabled(site, [entry]));
    try {
      setSites((await askWorker({ type: 'set-settings', change: { disabledSites: next } })).disabledSites);
      await tellTab(tabId, { type: 'recheck' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section class="site-switch">
      <label class="choice">
        <input type="checkbox" checked={on} onChange={() => void toggle()} />
        Check articles on <strong>{site}</strong>
      </label>
      {!on && <p class="muted">Wiretrace reads nothing on {site} until you turn this back on.</p>}
      {error && <p class="warning">{error}</p>}
    </section>
  );
}
