import { useEffect, useState } from 'preact/hooks';
import type { RetentionLimits } from '../../extension/db/retention-limits.ts';
import { askWorker } from '../../extension/messages/client.ts';
import type { Settings, SettingsChange } from '../../extension/settings.ts';
import { countOf } from '../../lib/explain/count-of.ts';

const FIELDS: { key: keyof RetentionLimits; label: string; min: number; max: number }[] = [
  { key: 'maxAgeDays', label: 'Keep each story for (days after it arrives)', min: 1, max: 3650 },
  { key: 'maxStories', label: 'Keep at most (stories)', min: 100, max: 1_000_000 },
  { key: 'maxMegabytes', label: 'Use at most (MB)', min: 10, max: 100_000 },
];

/** How much the cache keeps, and how much room the browser gives it. */
export function Retention({
  settings,
  change,
  onChange,
}: {
  settings: Settings;
  change: (change: SettingsChange) => Promise<Settings>;
  onChange: () => void;
}) {
  // The form starts from the stored limits, read with the page: what the reader types is theirs until saved.
  const [limits, setLimits] = useState<RetentionLimits>(settings.retention);
  const [usage, setUsage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void describeStorage().then(setUsage);
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    await change({ retention: limits });
    const { removed } = await askWorker({ type: 'apply-retention' });
    setStatus(
      `Saved. ${removed === 0 ? 'Nothing was past the limits.' : `Removed the ${countOf(removed, 'story', 'stories')} longest in the cache.`}`,
    );
    setUsage(await describeStorage());
    onChange();
  };

  return (
    <section aria-labelledby="retention">
      <h2 id="retention">How much to keep</h2>
      <p class="muted">
        Whichever limit is reached, the stories longest in the cache go first, whenever they were published:
        an archive you import is kept as long as today's news. {usage ?? ''}
      </p>
      <form class="limits" onSubmit={(e) => void save(e)}>
        {FIELDS.map(({ key, label, min, max }) => (
          <label key={key}>
            {label}{' '}
            <input
              type="number"
              name={key}
              required
              min={min}
              max={max}
              value={limits[key]}
              onInput={(e) => {
                setLimits({
                  ...limits,
                  [key]: Number((e.currentTarget as HTMLInputElement).value),
                });
                setStatus(null);
              }}
            />
          </label>
        ))}
        <button type="submit">Save limits</button>
      </form>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

async function describeStorage(): Promise<string | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.usage || !estimate.quota) return null;
  return `The browser reports ${megabytes(estimate.usage)} used by Wiretrace of ${megabytes(estimate.quota)} it may use.`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}
