import type { CacheStats } from '../../extension/messages/protocol.ts';

/** How many stories the cache holds, from which sources, and how recent the newest is. */
export function CacheSummary({ stats }: { stats: CacheStats | null }) {
  if (!stats) return <p class="muted">Reading the cache…</p>;
  return (
    <section aria-labelledby="cache">
      <h2 id="cache">Cache</h2>
      <p data-testid="story-count">
        {stats.stories === 0 ? 'No stories yet.' : `${stats.stories.toLocaleString()} stories`}
        {stats.newest && <span class="muted"> · newest published {stats.newest.slice(0, 10)}</span>}
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
