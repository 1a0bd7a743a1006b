import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CorpusDb } from '../../cli/corpus-db/corpus-db.ts';
import { ingestStories } from '../../cli/corpus-db/ingest-stories.ts';
import { readPage } from '../../cli/inputs.ts';
import { readLabelledSet } from '../../cli/labelled-set.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { parseStoriesJsonl } from '../../lib/corpus/jsonl.ts';
import { matchArticle } from '../../lib/engine/match-article.ts';
import { Matcher } from '../../lib/engine/matcher.ts';
import { importBundle } from '../support/import-bundle.ts';

/**
 * A labelled set (the METER development half, say) judged through IndexedDB
 * as the extension judges, through a PGlite corpus as `match --db` does, and
 * in memory as the command line does: the same verdict, original and
 * confidence for every page. The set is research data, never in the project:
 * give its folder in WIRETRACE_LABELLED_SET to run this.
 */
const dir = process.env.WIRETRACE_LABELLED_SET;

describe.skipIf(!dir)(
  `a labelled set through IndexedDB and PGlite (WIRETRACE_LABELLED_SET=${dir ?? 'unset: skipped'})`,
  () => {
    const set = dir ? readLabelledSet(dir) : { stories: '', pages: [] };
    let db: WiretraceDatabase;
    const memory = new Matcher();

    beforeAll(async () => {
      fakeBrowser.reset();
      db = new WiretraceDatabase('labelled-set');
      const jsonl = readFileSync(set.stories, 'utf8');
      for (const story of parseStoriesJsonl(jsonl)) memory.addStory(story);
      await importBundle(db, jsonl);
    }, 600_000);

    it('judges every page through a PGlite corpus as the in-memory engine does', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'wiretrace-labelled-'));
      const corpus = await CorpusDb.open(folder, { create: true });
      try {
        await ingestStories(corpus, [parseStoriesJsonl(readFileSync(set.stories, 'utf8'))]);
        for (const page of set.pages) {
          const article = readPage(page.file);
          const fromDb = await corpus.reading((index) => matchArticle(article, index));
          expect(fromDb, page.file).toEqual(await memory.match(article));
        }
      } finally {
        await corpus.close();
        rmSync(folder, { recursive: true, force: true });
      }
    }, 600_000);

    it('judges every page as the in-memory engine does', async () => {
      for (const page of set.pages) {
        const article = readPage(page.file);
        const [stored, inMemory] = [await analyzeArticle(db, article), await memory.match(article)];
        const brief = (r: typeof stored) =>
          r.status === 'judged'
            ? [r.explanation.verdict, r.explanation.original.id, r.explanation.confidence]
            : [r.status];
        expect(brief(stored), page.file).toEqual(brief(inMemory));
      }
    }, 600_000);
  },
);
