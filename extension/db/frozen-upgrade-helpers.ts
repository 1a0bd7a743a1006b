/**
 * What the schema's upgrades (schema.ts) compute, frozen as each version
 * computed it: copies, not imports, of the code they once called. Live code
 * changes; an upgrade must keep writing what its version wrote, or a reader
 * upgrading from an old version gets a database no version ever had. Nothing
 * here may import a live module, and nothing here is edited once released:
 * a later version that needs another computation adds its own copy.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** 32-bit FNV-1a, as versions 2 to 8 hashed. */
function hash32(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Version 2's digest: FNV-1a of the text trimmed, every run of white space one space. */
export function digestV2(text: string): number {
  let hash = FNV_OFFSET;
  let started = false;
  let spaceBefore = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      spaceBefore = started;
      continue;
    }
    if (spaceBefore) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
    hash = Math.imul(hash ^ code, FNV_PRIME);
    started = true;
    spaceBefore = false;
  }
  return hash >>> 0;
}

/** Version 2's story time: published, or when stored where it does not say readably. */
export function timeV2(story: { published?: unknown }, fallback: number): number {
  const published = typeof story.published === 'string' ? Date.parse(story.published) : Number.NaN;
  return Number.isNaN(published) ? fallback : published;
}

/** Version 2's size estimate: a record's overhead and its string fields. */
export function bytesV2(story: Record<string, unknown>): number {
  let bytes = 160;
  for (const value of Object.values(story)) if (typeof value === 'string') bytes += value.length;
  return bytes;
}

/** Version 4's names of a story: its id and thread, and its URL, hashed into 31 bits. */
function namesV4(story: { id: string; thread?: string; url?: string }): number[] {
  const name = (kind: string, value: string) => hash32(value, hash32(`${kind}:`)) & 0x7fffffff;
  const names = new Set([name('story', story.id)]);
  if (story.thread) names.add(name('story', story.thread));
  if (story.url) names.add(name('url', story.url));
  return [...names];
}

/**
 * Version 4's name index for the stories given (with their keys): one main
 * bucket row of (name, key) postings sorted by name then key, and the store's
 * state row, as a posting store with a single bucket keeps them.
 */
export function nameIndexV4(stories: readonly { key: number; id: string; thread?: string; url?: string }[]) {
  const postings = stories
    .flatMap((story) => namesV4(story).map((feature) => [feature, story.key] as const))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const row = {
    bucket: 0,
    features: Uint32Array.from(postings, ([feature]) => feature),
    keys: Uint32Array.from(postings, ([, key]) => key),
  };
  const state = {
    name: 'names',
    buckets: 1,
    stories: stories.length,
    middleBuckets: 1,
    middleStories: 0,
    removed: [],
    recentStories: 0,
    recentRows: 0,
  };
  return { row, state };
}

/** Items grouped by a key, groups in the order their keys first appear. */
export function groupByV4<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
