/** An error and the ones it wraps (Dexie keeps the browser's own error as `inner`). */
function* causes(error: unknown): Generator<{ name?: string; message?: string }> {
  for (let e = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner)
    yield e as { name?: string; message?: string };
}

/** The browser refused a write for lack of room. */
export function isQuotaError(error: unknown): boolean {
  return [...causes(error)].some((e) => e.name === 'QuotaExceededError');
}

/** The browser gives no IndexedDB here (some private-browsing modes), or refuses to open it. */
export function isStorageUnavailable(error: unknown): boolean {
  return [...causes(error)].some(
    (e) =>
      e.name === 'MissingAPIError' ||
      (['InvalidStateError', 'SecurityError'].includes(e.name ?? '') &&
        /indexeddb|database|storage|private/i.test(e.message ?? '')),
  );
}
