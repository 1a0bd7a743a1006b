import { browser } from 'wxt/browser';
import type { Settings, SettingsChange } from '../../extension/settings.ts';
import { BadgeSwitch } from './BadgeSwitch.tsx';
import { PauseSwitch } from './PauseSwitch.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';

/** What the reader controls from every popup: the tab's site, the pause, and the way to the settings. */
export function PopupFooter({
  url,
  settings,
  change,
  error,
}: {
  /** The tab's address, where Wiretrace has seen it. */
  url: string | null;
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
  error: string | null;
}) {
  return (
    <footer class="popup-footer">
      {url && !settings.paused && <SiteSwitch url={url} settings={settings} change={change} />}
      {url && !settings.paused && <BadgeSwitch url={url} settings={settings} change={change} />}
      <PauseSwitch settings={settings} change={change} />
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </footer>
  );
}
