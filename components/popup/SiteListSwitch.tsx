import type { ComponentChildren } from 'preact';
import {
  isSiteListed,
  type Settings,
  type SettingsChange,
  withSiteListed,
} from '../../extension/settings.ts';

/** The settings' lists of sites a popup switch puts the tab's site in or takes it out of. */
type SiteList = 'disabledSites' | 'badgeHiddenSites';

/** A checkbox that is on while the site is not in the list: off puts it in, on takes it out. */
export function SiteListSwitch({
  site,
  list,
  settings,
  change,
  class: className,
  children,
}: {
  site: string;
  list: SiteList;
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
  class: string;
  children: ComponentChildren;
}) {
  const on = !isSiteListed(site, settings[list]);
  return (
    <label class={`choice ${className}`}>
      <input
        type="checkbox"
        checked={on}
        onChange={() => void change({ [list]: withSiteListed(settings[list], site, on) })}
      />
      {children}
    </label>
  );
}
