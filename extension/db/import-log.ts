import type { WiretraceDatabase } from './database.ts';
import { importRecords, recordImport } from './import-records.ts';
import { writeMeta } from './meta-rows.ts';
import type { ImportJob, ImportRecord } from './rows.ts';

/** The door to the imports' records: the import under way, and the imports that ended. */
export class ImportLog {
  constructor(private readonly db: WiretraceDatabase) {}

  /** Imports that ended, newest first. */
  list(): Promise<ImportRecord[]> {
    return importRecords(this.db.meta);
  }

  /** An import begins: its stories carry its id until it ends, and a stopped worker rolls them back. */
  async begin(job: ImportJob): Promise<void> {
    await writeMeta(this.db.meta, job);
  }

  /**
   * The import ended as announced: it is no longer under way, and is
   * remembered with the stories it wrote; one that wrote none (a file
   * imported again) leaves no record, and so nothing to undo.
   */
  async end(job: ImportJob, stories: number): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.delete('import');
      if (stories > 0)
        await recordImport(this.db.meta, { id: job.id, file: job.file, at: job.startedAt, stories });
    });
  }

  /** The import under way is forgotten (what it wrote was rolled back). */
  async clear(): Promise<void> {
    await this.db.meta.delete('import');
  }
}
