import { useCallback, useEffect, useState } from 'preact/hooks';
import { askWorker } from '../../extension/messages/client.ts';
import type { CacheStats } from '../../extension/messages/protocol.ts';
import { CacheSummary } from './CacheSummary.tsx';
import { ImportExport } from './ImportExport.tsx';
import { Preferences } from './Preferences.tsx';

/** The options page: the cache and its bundles, and the reader's preferences. */
export function OptionsApp() {
  const [stats, setStats] = useState<CacheStats | null>(null);
  const refresh = useCallback(() => {
    void askWorker({ type: 'get-stats' }).then(setStats);
  }, []);
  useEffect(refresh, []);
  return (
    <main>
      <h1>Wiretrace</h1>
      <p class="muted">
        Wiretrace compares the articles you read with wire stories kept on this computer. Nothing you read
        leaves it.
      </p>
      <CacheSummary stats={stats} />
      <ImportExport onChange={refresh} />
      <Preferences />
    </main>
  );
}
