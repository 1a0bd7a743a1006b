import { StorageFullError } from '../db/retention.ts';
import { isQuotaError, isStorageUnavailable } from '../db/storage-errors.ts';

/** Said when the browser gives the extension no IndexedDB (some private-browsing modes). */
export const NO_STORAGE =
  'This browser window gives Wiretrace no storage (private browsing can do this), so it cannot keep wire stories and does not judge pages here.';

/** What went wrong, in words for the reader of the options page or the popup. */
export function describeError(error: unknown): string {
  if (isStorageUnavailable(error)) return NO_STORAGE;
  if (error instanceof StorageFullError) return error.message;
  if (isQuotaError(error)) {
    return 'The browser has no room left for more stories. Nothing was changed; free some space or remove stories.';
  }
  console.error('Wiretrace:', error);
  return error instanceof Error ? error.message : String(error);
}
