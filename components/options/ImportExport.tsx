import { storyDigest } from '../../extension/db/story-record.ts';
import { openFingerprinter } from '../../extension/import/fingerprinter.ts';
import { openImportChannel } from '../../extension/import/import-channel.ts';
import { ImportCancelledError, type ImportResult, sendBundle } from '../../extension/import/send-bundle.ts';
import { askWorker } from '../../extension/messages/client.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { RecentImports } from './RecentImports.tsx';
import { StatusLine, type TaskStatus, useTask } from './use-task.tsx';

/** Import a JSONL story bundle (all or nothing), export the cache as one, or empty it. */
export function ImportExport({ onChange }: { onChange: () => void }) {
  const { busy, status, setStatus, run: runTask } = useTask();
  const run = (work: () => Promise<string | TaskStatus>, pending?: string) =>
    runTask(async () => {
      const said = await work();
      onChange();
      return said;
    }, pending);

  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const channel = await openImportChannel();
      const fingerprinter = openFingerprinter();
      try {
        const report = await sendBundle(await file.text(), channel.send, {
          fingerprint: fingerprinter.fingerprint,
          file: file.name,
          confirm: (stories) => confirmCollisions(file.name, stories),
          onProgress: (stored, of) =>
            setStatus({ text: `Importing ${file.name}: ${stored} of ${of} stories stored…`, error: false }),
        });
        return importSummary(file.name, report);
      } catch (error) {
        if (error instanceof ImportCancelledError) return { text: error.message, error: false };
        throw error;
      } finally {
        fingerprinter.close();
        channel.close();
        input.value = '';
      }
    }, `Reading ${file.name}…`);
  };

  const exportAll = () =>
    void run(async () => {
      const { jsonl, stories } = await askWorker({ type: 'export-bundle' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([jsonl], { type: 'application/jsonl' }));
      link.download = `wiretrace-stories-${new Date().toISOString().slice(0, 10)}.jsonl`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return `Exported ${stories} stories.`;
    });

  const clearAll = () => {
    if (!confirm('Remove every story from the cache?')) return;
    void run(async () => {
      const { removed, importCancelled } = await askWorker({ type: 'clear-stories' });
      return `Removed ${removed} stories.${importCancelled ? ' The import under way was cancelled.' : ''}`;
    });
  };

  return (
    <section aria-labelledby="bundles">
      <h2 id="bundles">Story bundles</h2>
      <p class="muted">
        A bundle is a JSONL file, one story a line: <code>{'{"id","source","title","text"}'}</code> and
        optionally <code>url</code>, <code>published</code>, <code>byline</code>. A bundle with a bad line is
        rejected whole.
      </p>
      <label class="file">
        Import a bundle{' '}
        <input
          type="file"
          accept=".jsonl,.ndjson,.json,.txt,application/jsonl,application/x-ndjson"
          disabled={busy}
          onChange={importFile}
        />
      </label>
      <p class="row">
        <button type="button" disabled={busy} onClick={exportAll}>
          Export all stories
        </button>
        <button type="button" disabled={busy} onClick={clearAll}>
          Empty the cache
        </button>
      </p>
      <StatusLine status={status} />
      <RecentImports busy={busy} run={run} />
    </section>
  );
}

/**
 * Asks the reader before an import that would touch stories already stored:
 * those that came from a feed or a wire site keep their text whatever the
 * bundle says; those an earlier bundle brought get the new text as a version.
 */
async function confirmCollisions(file: string, stories: readonly Story[]): Promise<boolean> {
  const collisions = await askWorker({
    type: 'check-bundle',
    stories: stories.map((s) => ({
      id: s.id,
      ...(s.url ? { url: s.url } : {}),
      digest: storyDigest(s.text),
    })),
  });
  const { fromTheWire, fromBundles } = collisions;
  if (fromTheWire + fromBundles === 0) return true;
  const lines = [
    `${file} gives a different text for ${fromTheWire + fromBundles} stories already in the cache.`,
  ];
  if (fromTheWire)
    lines.push(
      `${fromTheWire} came from feeds or wire sites: they stay as they are, and the bundle's text for them is not kept.`,
    );
  if (fromBundles)
    lines.push(
      `${fromBundles} came from earlier bundles: the bundle's text is kept beside them as a new version.`,
    );
  lines.push('Import it?');
  return window.confirm(lines.join('\n\n'));
}

/** What an import did; a warning, not a plain "done", when making room for it removed stories. */
export function importSummary(
  name: string,
  { imported, added, versions, repeats, kept, removed, total }: ImportResult,
): TaskStatus {
  const parts = [`${added} new`];
  if (versions > 0)
    parts.push(`${versions} new ${versions === 1 ? 'version' : 'versions'} of stored stories`);
  if (repeats > 0) parts.push(`${repeats} already stored`);
  if (kept > 0)
    parts.push(`${kept} not kept: feeds or wire sites gave another text for ${kept === 1 ? 'it' : 'them'}`);
  const made =
    removed > 0
      ? ` To stay within “How much to keep”, the ${removed} ${removed === 1 ? 'story' : 'stories'} longest in the cache ${removed === 1 ? 'was' : 'were'} removed.`
      : '';
  return {
    text: `Imported ${imported} ${imported === 1 ? 'story' : 'stories'} from ${name} (${parts.join(', ')}); the cache holds ${total}.${made}`,
    error: false,
    warning: removed > 0,
  };
}
