import type { Sensitivity, Settings, SettingsChange } from '../../extension/settings.ts';
import { LinesField } from './LinesField.tsx';

const LEVELS: { value: Sensitivity; label: string }[] = [
  { value: 'strict', label: 'Only copies and rewrites' },
  { value: 'normal', label: 'Also substantial partial reuse (a third of the page or more)' },
  { value: 'eager', label: 'Any partial reuse' },
  { value: 'on-request', label: 'Nothing by itself: only when I ask from the toolbar button' },
];

/** When the inline badge appears, and the sites where Wiretrace stays off. */
export function Preferences({
  settings,
  change,
}: {
  settings: Settings;
  change: (change: SettingsChange) => Promise<Settings>;
}) {
  const choose = (value: Sensitivity) => void change({ sensitivity: value });
  const saveSites = async (text: string) => {
    const list = text
      .split(/\s+/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    await change({ disabledSites: [...new Set(list)] });
    return 'Saved.';
  };

  return (
    <section aria-labelledby="preferences">
      <h2 id="preferences">When to show the badge</h2>
      <fieldset>
        <legend class="muted">Show the badge on an article for…</legend>
        {LEVELS.map(({ value, label }) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => choose(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <h2>Sites where Wiretrace stays off</h2>
      <LinesField
        id="sites"
        hint="One host name a line; its subdomains are included."
        rows={4}
        initial={settings.disabledSites.join('\n')}
        save={saveSites}
      />
    </section>
  );
}
