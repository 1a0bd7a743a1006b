import type { Settings, SettingsChange } from '../../extension/settings.ts';

/** Wiretrace paused on every site, or at work: one switch, always in the popup. */
export function PauseSwitch({
  settings,
  change,
}: {
  settings: Settings;
  change: (change: SettingsChange) => Promise<void>;
}) {
  return (
    <label class="choice pause-switch">
      <input
        type="checkbox"
        checked={settings.paused}
        onChange={() => void change({ paused: !settings.paused })}
      />
      Pause Wiretrace on every site
    </label>
  );
}
