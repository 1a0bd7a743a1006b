import { isSiteListed, type Settings, type SettingsChange } from '../../extension/settings.ts';
import { SiteListSwitch } from './SiteListSwitch.tsx';
import { siteOf } from './SiteSwitch.tsx';

/**
 * Whether the badge shows itself on the tab's site: the reader may have hidden
 * it there from the badge's own menu, and brings it back here. Hidden, the
 * site is still checked: the toolbar and this popup tell what was found.
 */
export function BadgeSwitch(props: {
  url: string;
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
}) {
  const site = siteOf(props.url);
  if (!site || isSiteListed(site, props.settings.disabledSites)) return null;
  return (
    <SiteListSwitch
      site={site}
      list="badgeHiddenSites"
      class="badge-switch"
      settings={props.settings}
      change={props.change}
    >
      Show the badge on <strong>{site}</strong>
    </SiteListSwitch>
  );
}
