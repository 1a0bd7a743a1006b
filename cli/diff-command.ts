import { parseArgs } from 'node:util';
import type { Story } from '../lib/corpus/story.ts';
import { compareWith } from '../lib/engine/matcher.ts';
import { diffReport } from './diff-report.ts';
import { InputError } from './input-error.ts';
import { readCorpus, readOriginal, readPage, readText } from './inputs.ts';
import { pairChanges, parsePairs } from './pair-changes.ts';
import { printableData } from './printable.ts';
import { styleFor } from './style.ts';
import { summaryLine } from './summary.ts';
import { USAGE } from './usage.ts';

/** `wiretrace diff`: what a page changed from an original given as a file, a corpus story or a file of sentence pairs. */
export async function diffCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      source: { type: 'string', default: 'the wire' },
      pairs: { type: 'string' },
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      id: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.pairs !== undefined) {
    if (positionals.length > 0) throw new InputError(`diff --pairs takes no other files\n${USAGE}`);
    return diffPairs(values.pairs, values.json);
  }
  const original = values.corpus !== undefined ? storyFrom(values.corpus, values.id) : null;
  const [originalPath, pagePath] = original ? [null, ...positionals] : positionals;
  if ((!original && !originalPath) || !pagePath || positionals.length > (original ? 1 : 2))
    throw new InputError(`diff needs ORIGINAL and PAGE, or --corpus, --id and PAGE\n${USAGE}`);
  const story = original ?? readOriginal(originalPath as string, values.source);
  const result = printableData(await compareWith(readPage(pagePath), story));
  if (result.status !== 'judged') {
    process.stdout.write(`${summaryLine(result)}\n`);
    return 1;
  }
  process.stdout.write(diffReport(result.explanation, styleFor(process.stdout)));
  return 0;
}

/** The story of a corpus with that id; an unknown id is refused with a few the corpus has. */
function storyFrom(corpus: string, id: string | undefined): Story {
  if (id === undefined)
    throw new InputError(`diff --corpus needs --id ID: which story to compare with\n${USAGE}`);
  const stories = readCorpus(corpus);
  const story = stories.find((s) => s.id === id);
  if (story) return story;
  const some = stories.slice(0, 3).map((s) => s.id);
  throw new InputError(
    `${corpus} has no story with the id ${JSON.stringify(id)}${some.length ? ` (it has ${some.map((s) => JSON.stringify(s)).join(', ')}${stories.length > 3 ? ', …' : ''})` : ''}`,
  );
}

function diffPairs(path: string, json: boolean): number {
  for (const pair of parsePairs(readText(path))) {
    const record = printableData(pairChanges(pair));
    const changes = record.changes as { kind: string; original: string; page: string }[];
    process.stdout.write(
      json
        ? `${JSON.stringify(record)}\n`
        : `${record.id}: ${changes.length === 0 ? 'no changes' : changes.map((c) => `${c.original} → ${c.page} (${c.kind})`).join('; ')}\n`,
    );
  }
  return 0;
}
