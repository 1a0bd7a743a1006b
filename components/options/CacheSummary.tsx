import type { CacheStats } from '../../extension/messages/replies.ts';
import { countOf } from '../../lib/explain/count-of.ts';

/** How many stories the cache holds, from which sources, how fresh it is, and any warning about it. */
export function CacheSummary({ stats }: { stats: CacheStats | null }) {
  if (!stats) return <p class="muted">Reading the cache…</p>;
  return (
    <section aria-labelledby="cache">
      <h2 id="cache">Cache</h2>
      {stats.stale && (
        <p role="alert" class="warning" data-testid="stale-warning">
          {stats.stale}
        </p>
      )}
      {stats.quotaEviction && (
        <p class="warning">
          On {new Date(stats.quotaEviction.at).toLocaleString()} the browser ran out of room: the{' '}
          {stats.quotaEviction.evicted.toLocaleString()} stories longest in the cache were removed to make
          some.
        </p>
      )}
      {stats.reindex && (
        <p class="muted" data-testid="reindex">
          Updating the index for this version of Wiretrace:{' '}
          {Math.min(stats.reindex.indexed, stats.reindex.stories).toLocaleString()} of{' '}
          {stats.reindex.stories.toLocaleString()} stories. Pages are still checked meanwhile.
        </p>
      )}
      <p data-testid="story-count">
        {stats.stories === 0 ? 'No stories yet.' : countOf(stats.stories, 'story', 'stories')}
        {stats.stories > 0 && <span class="muted"> · about {size(stats.bytes)}</span>}
        {stats.newest && <span class="muted"> · newest published {stats.newest.slice(0, 10)}</span>}
        {stats.references > 0 && (
          <span class="muted"> · {countOf(stats.references, 'credited copy', 'credited copies')} seen</span>
        )}
      </p>
      {stats.sources.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Stories</th>
            </tr>
          </thead>
          <tbody>
            {stats.sources.map((s) => (
              <tr key={s.source}>
                <td>{s.source}</td>
                <td>{s.stories.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function size(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.ceil(bytes / 1_000)} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
