import { useEffect, useState } from 'preact/hooks';
import type { ImportRecord } from '../../extension/db/rows.ts';
import { askWorker } from '../../extension/messages/client.ts';
import { countOf } from '../../lib/explain/count-of.ts';
import type { TaskStatus } from './use-task.tsx';

/** The imports the cache remembers, newest first, each of which can be taken back. */
export function RecentImports({
  busy,
  run,
}: {
  busy: boolean;
  run: (work: () => Promise<string | TaskStatus>) => Promise<void>;
}) {
  const [imports, setImports] = useState<ImportRecord[]>([]);
  useEffect(() => {
    if (!busy) void askWorker({ type: 'list-imports' }).then(setImports, () => setImports([]));
  }, [busy]);
  if (imports.length === 0) return null;
  const undo = (record: ImportRecord) => {
    if (!confirm(`Remove the ${record.stories} stories ${record.file} brought into the cache?`)) return;
    void run(async () => {
      const { removed } = await askWorker({ type: 'undo-import', id: record.id });
      return `Took back ${record.file}: ${countOf(removed, 'story', 'stories')} removed.`;
    });
  };
  return (
    <details class="imports">
      <summary>Imports ({imports.length})</summary>
      <ul>
        {imports.map((record) => (
          <li key={record.id}>
            {record.file} · {new Date(record.at).toLocaleString()} · {record.stories} stories{' '}
            <button type="button" disabled={busy} onClick={() => undo(record)}>
              Undo
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
