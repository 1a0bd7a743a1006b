import { isSiteDisabled, type Settings, type SettingsChange } from '../../extension/settings.ts';
import { siteOf } from './SiteSwitch.tsx';

/**
 * Whether the badge shows itself on the tab's site: the reader may have hidden
 * it there from the badge's own menu, and brings it back here. Hidden, the
 * site is still checked: the toolbar and this popup tell what was found.
 */
export function BadgeSwitch({
  url,
  settings,
  change,
}: {
  url: string;
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
}) {
  const site = siteOf(url);
  if (!site || isSiteDisabled(site, settings.disabledSites)) return null;
  const hidden = settings.badgeHiddenSites;
  const shown = !isSiteDisabled(site, hidden);
  const next = shown ? [...hidden, site] : hidden.filter((entry) => !isSiteDisabled(site, [entry]));
  return (
    <label class="choice badge-switch">
      <input type="checkbox" checked={shown} onChange={() => void change({ badgeHiddenSites: next })} />
      Show the badge on <strong>{site}</strong>
    </label>
  );
}
