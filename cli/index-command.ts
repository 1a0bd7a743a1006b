import { parseArgs } from 'node:util';
import { CorpusDb } from './corpus-db/corpus-db.ts';
import { ingestStories } from './corpus-db/ingest-stories.ts';
import { InputError } from './input-error.ts';
import { storyBatches } from './jsonl-batches.ts';
import { Progress } from './progress.ts';
import { USAGE } from './usage.ts';

const BATCH = 2_000;

/**
 * `wiretrace index --db DB STORIES.jsonl…`: adds the stories to a corpus
 * database a batch at a time, each batch in one transaction. Run again after
 * a kill, it adds what it had not committed and nothing twice. `--reindex`
 * builds the postings again with this wiretrace's fingerprint.
 */
export async function indexCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, reindex: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!values.db || (positionals.length === 0 && !values.reindex))
    throw new InputError(`index needs --db and at least one STORIES.jsonl (or --reindex)\n${USAGE}`);
  const corpus = await CorpusDb.open(values.db, { create: true });
  try {
    if (values.reindex) await reindex(corpus);
    await corpus.check();
    const totals = { added: 0, present: 0 };
    for (const file of positionals) {
      const progress = new Progress(null, process.stderr);
      let lastLine = 0;
      const batches = async function* () {
        for await (const batch of storyBatches(file, BATCH)) {
          lastLine = batch.lastLine;
          yield batch.stories;
        }
      };
      try {
        const added = await ingestStories(corpus, batches(), (t) =>
          progress.at(`${file}:${lastLine} (${totals.added + t.added} added)`),
        );
        totals.added += added.added;
        totals.present += added.present;
      } finally {
        progress.done();
      }
    }
    const meta = await corpus.check();
    process.stderr.write(
      `${totals.added} stories added, ${totals.present} already there; ${meta.stories} in ${corpus.where}\n`,
    );
    return 0;
  } finally {
    await corpus.close();
  }
}

async function reindex(corpus: CorpusDb): Promise<void> {
  const progress = new Progress(null, process.stderr);
  const done = await corpus.reindex((n, total) => progress.at(`re-indexed ${n} of ${total}`));
  progress.done();
  process.stderr.write(`${done} stories re-indexed in ${corpus.where}\n`);
}
