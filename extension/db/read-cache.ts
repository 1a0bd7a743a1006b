/**
 * What this worker read from the database, kept until it next writes there.
 * Only the worker writes, so its own writes are the only way a kept read goes
 * stale; a read that was under way while a write happened is used but not kept.
 */
export class ReadCache<T> {
  value: T;
  private generation = 0;

  constructor(private readonly empty: () => T) {
    this.value = empty();
  }

  /** Called on every write to what the cache holds. */
  forget(): void {
    this.generation++;
    this.value = this.empty();
  }

  /** Runs `load`; `keep` adds its result to the cache unless a write happened meanwhile. */
  async read<R>(load: () => Promise<R>, keep: (result: R) => void): Promise<R> {
    const keepIfCurrent = this.reading();
    const result = await load();
    keepIfCurrent(() => keep(result));
    return result;
  }

  /**
   * Marks the start of a read; the function returned runs `keep` unless a
   * write happened meanwhile. For reads awaited in a Dexie transaction's own
   * code, where a wrapping async function would lose the transaction.
   */
  reading(): (keep: () => void) => void {
    const generation = this.generation;
    return (keep) => {
      if (generation === this.generation) keep();
    };
  }
}

/** One cache per open database. */
export function cachePerDatabase<T>(empty: () => T): (db: object) => ReadCache<T> {
  const caches = new WeakMap<object, ReadCache<T>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new ReadCache(empty);
      caches.set(db, cache);
    }
    return cache;
  };
}

/** One cache per table of an open database (tables of the same shape, such as two generations, kept apart). */
export function cachePerTable<T>(empty: () => T): (table: { db: object; name: string }) => ReadCache<T> {
  const caches = new WeakMap<object, Map<string, ReadCache<T>>>();
  return ({ db, name }) => {
    const tables = caches.get(db) ?? new Map<string, ReadCache<T>>();
    caches.set(db, tables);
    let cache = tables.get(name);
    if (!cache) {
      cache = new ReadCache(empty);
      tables.set(name, cache);
    }
    return cache;
  };
}
