import { useEffect, useState } from 'preact/hooks';
import { disabledSites, type Sensitivity, sensitivity } from '../../extension/settings.ts';

const LEVELS: { value: Sensitivity; label: string }[] = [
  { value: 'strict', label: 'Only copies and rewrites' },
  { value: 'normal', label: 'Also substantial partial reuse (a third of the page or more)' },
  { value: 'eager', label: 'Any partial reuse' },
];

/** When the inline badge appears, and the sites where Wiretrace stays off. */
export function Preferences() {
  const [level, setLevel] = useState<Sensitivity>('normal');
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void sensitivity.getValue().then(setLevel);
    void disabledSites.getValue().then((list) => setSites(list.join('\n')));
  }, []);

  const choose = (value: Sensitivity) => {
    setLevel(value);
    void sensitivity.setValue(value);
  };
  const saveSites = async () => {
    const list = sites
      .split(/\s+/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    await disabledSites.setValue([...new Set(list)]);
    setSaved(true);
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
              checked={level === value}
              onChange={() => choose(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <h2>Sites where Wiretrace stays off</h2>
      <label for="sites" class="muted">
        One host name a line; its subdomains are included.
      </label>
      <textarea
        id="sites"
        rows={4}
        value={sites}
        onInput={(e) => {
          setSites((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }}
      />
      <p class="row">
        <button type="button" onClick={() => void saveSites()}>
          Save sites
        </button>
        {saved && <span role="status">Saved.</span>}
      </p>
    </section>
  );
}
