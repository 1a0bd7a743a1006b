import { parseArgs } from 'node:util';
import { FINGERPRINT_VERSION } from '../lib/fingerprint/version.ts';
import { CorpusDb } from './corpus-db/corpus-db.ts';
import { type CorpusStats, corpusStats } from './corpus-db/corpus-stats.ts';
import { InputError } from './input-error.ts';
import { printable } from './printable.ts';
import { USAGE } from './usage.ts';

/**
 * `wiretrace db stats --db DB [--json]`: what a corpus database holds.
 * `wiretrace db init --db URL [--shard URL]…`: a new corpus whose postings
 * are spread over the shards (postgres_fdw), the coordinator keeping a share.
 */
export async function dbCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      shard: { type: 'string', multiple: true },
    },
    allowPositionals: true,
  });
  const [action] = positionals;
  if ((action !== 'stats' && action !== 'init') || positionals.length !== 1 || !values.db)
    throw new InputError(`db needs stats or init, and --db DB\n${USAGE}`);
  const corpus = await CorpusDb.open(values.db);
  try {
    if (action === 'init') await corpus.init(values.shard ?? []);
    const folder = /^postgres(?:ql)?:\/\//i.test(values.db) ? null : `${corpus.where}`;
    const stats = await corpusStats(corpus.client, folder);
    if (!stats)
      throw new InputError(`${corpus.where} holds no corpus yet: add stories with wiretrace index --db`);
    process.stdout.write(values.json ? `${JSON.stringify(stats)}\n` : statsReport(stats));
    return 0;
  } finally {
    await corpus.close();
  }
}

export function statsReport(s: CorpusStats): string {
  const current =
    s.fingerprint === FINGERPRINT_VERSION
      ? 'current'
      : `this wiretrace needs ${FINGERPRINT_VERSION}: run index --reindex`;
  const remote = s.partitions.filter((p) => p.server !== 'here');
  const list = (items: { stories: number }[], name: (item: never) => string) =>
    items
      .map((item) => `${printable(name(item as never))} ${item.stories.toLocaleString('en')}`)
      .join(', ') || 'none';
  return [
    `${printable(s.where)}`,
    `  stories      ${s.stories.toLocaleString('en')}`,
    `  languages    ${list(s.languages, (l: { language: string }) => l.language)}`,
    `  sources      ${list(s.sources, (x: { source: string }) => x.source)}`,
    `  postings     ${s.postings.toLocaleString('en')} in ${s.partitions.length} partitions${remote.length ? ` (${remote.length} on other servers: ${[...new Set(remote.map((p) => p.server))].join(', ')})` : ''}`,
    `  terms        ${s.terms.toLocaleString('en')}`,
    `  fingerprint  version ${s.fingerprint} (${current})`,
    `  on disk      ${(s.bytes / 1e6).toFixed(1)} MB${s.stories ? `, ${(((s.bytes / s.stories) * 1000) / 1e6).toFixed(2)} MB per 1,000 stories` : ''}`,
    '',
  ].join('\n');
}
