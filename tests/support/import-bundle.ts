import type { WiretraceDatabase } from '../../extension/db/database.ts';
import type { RetentionLimits } from '../../extension/db/retention-limits.ts';
import { ImportSession } from '../../extension/import/import-session.ts';
import { type ImportResult, sendBundle } from '../../extension/import/send-bundle.ts';

/** Imports a bundle as the options page does, with the worker's session answering in the same thread. */
export function importBundle(
  db: WiretraceDatabase,
  jsonl: string,
  limits?: () => Promise<RetentionLimits | null>,
  file = 'bundle.jsonl',
): Promise<ImportResult> {
  const session = new ImportSession(db, limits);
  return sendBundle(jsonl, (message) => session.handle(message), { file });
}
