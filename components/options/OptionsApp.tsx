import { useCallback, useEffect, useState } from 'preact/hooks';
import { askWorker } from '../../extension/messages/client.ts';
import type { CacheStats } from '../../extension/messages/replies.ts';
import { CacheSummary } from './CacheSummary.tsx';
import { Feeds } from './Feeds.tsx';
import { FirstRun } from './FirstRun.tsx';
import { ImportExport } from './ImportExport.tsx';
import { Preferences } from './Preferences.tsx';
import { Retention } from './Retention.tsx';
import { useSettings } from './use-settings.ts';
import { WireSites } from './WireSites.tsx';

/** The options page: the cache, where its stories come from, how much it keeps, and the reader's preferences (read once, shared by the sections). */
export function OptionsApp() {
  const [stats, setStats] = useState<CacheStats | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const settings = useSettings();
  const refresh = useCallback(() => {
    void askWorker({ type: 'get-stats' }).then(
      (value) => {
        setStats(value);
        setProblem(null);
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  useEffect(refresh, []);
  return (
    <main>
      <h1>Wiretrace</h1>
      <p class="muted">
        Wiretrace compares the articles you read with wire stories kept on this computer. Nothing you read
        leaves it.
      </p>
      {stats?.stories === 0 && <FirstRun />}
      {problem ? (
        <p role="alert" class="warning">
          {problem}
        </p>
      ) : (
        <CacheSummary stats={stats} />
      )}
      <Feeds onChange={refresh} />
      <ImportExport onChange={refresh} />
      {settings.settings ? (
        <>
          <Retention settings={settings.settings} change={settings.change} onChange={refresh} />
          <WireSites settings={settings.settings} change={settings.change} />
          <Preferences settings={settings.settings} change={settings.change} />
        </>
      ) : (
        <p class={settings.problem ? 'warning' : 'muted'} role={settings.problem ? 'alert' : undefined}>
          {settings.problem ?? 'Reading your settings…'}
        </p>
      )}
    </main>
  );
}
