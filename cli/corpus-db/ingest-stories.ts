import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { FingerprintPool } from '../parallel-index.ts';
import type { CorpusDb } from './corpus-db.ts';

export interface IngestTotals {
  added: number;
  present: number;
}

/**
 * Stories into a corpus database, batch by batch: what a killed ingest had
 * committed is not fingerprinted again, the rest is on worker threads while
 * the batch before it is written. A batch that fails to be read (a bad line)
 * stops the ingest before any of it is written.
 */
export async function ingestStories(
  corpus: CorpusDb,
  batches: AsyncIterable<Story[]> | Iterable<Story[]>,
  onBatch: (totals: IngestTotals) => void = () => {},
): Promise<IngestTotals> {
  const totals = { added: 0, present: 0 };
  const pool = FingerprintPool.start();
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const stories of batches) {
      const fresh = await corpus.notYetStored(stories);
      const fingerprints = await pool.fingerprintAcross(fresh);
      await writing;
      writing = corpus
        .add(fresh.map((story, i) => ({ story, fingerprint: fingerprints[i] as Fingerprint })))
        .then((added) => {
          totals.added += added;
          totals.present += stories.length - added;
          onBatch(totals);
        });
    }
  } finally {
    await writing;
    await pool.stop();
  }
  return totals;
}
