import { matchArticle } from '../lib/engine/match-article.ts';
import { prepareArticle, prepareStory } from '../lib/engine/prepare.ts';
import { hasEnoughText } from '../lib/extract/article.ts';
import type { StoryIndex } from '../lib/retrieve/story-index.ts';
import { type Judged, type Scores, scoreJudgements } from '../lib/verdict/metrics.ts';
import type { ReuseClass, VerdictModel } from '../lib/verdict/model.ts';
import { naiveClass, naiveContainment } from '../lib/verdict/naive.ts';
import { readCorpus, readPage } from './inputs.ts';
import { type LabelledSet, readLabelledSet } from './labelled-set.ts';
import { inMemory, openStorySource, type StorySource } from './story-source.ts';

const CLASS_OF = { syndicated: 'wholly', rewritten: 'wholly', partial: 'partial', unrelated: 'not' } as const;
/** Stories the naive reference compares each page with: the index's best candidates, far more than it needs. */
const NAIVE_CANDIDATES = 50;

export interface Evaluation {
  pages: number;
  stories: number;
  engine: Scores;
  naive: Scores;
  msPerPage: number;
}

/** Runs a labelled set through the engine, exactly as `wiretrace match` does, and through the naive reference. */
export async function evaluate(dir: string, model?: VerdictModel, db?: string): Promise<Evaluation> {
  const set: LabelledSet = readLabelledSet(dir);
  const source = db ? await openStorySource({ db }, 'eval') : await inMemory(readCorpus(set.stories));
  try {
    return await evaluateAgainst(set, source, model);
  } finally {
    await source.close();
  }
}

async function evaluateAgainst(
  set: LabelledSet,
  source: StorySource,
  model?: VerdictModel,
): Promise<Evaluation> {
  const engine: Judged[] = [];
  const naive: Judged[] = [];
  const started = performance.now();
  for (const page of set.pages) {
    const article = readPage(page.file);
    // The engine and the naive reference read one snapshot of the stories.
    const { result, naiveGuess } = await source.read(async (index) => ({
      result: await matchArticle(article, index, model),
      naiveGuess: await naiveJudgement(index, article, page.sources),
    }));
    const judged = result.status === 'judged' ? result.explanation : null;
    const guess: ReuseClass = judged ? CLASS_OF[judged.verdict] : 'not';
    engine.push({
      label: page.label,
      guess,
      sourceRight: judged ? page.sources.includes(judged.original.id) : false,
    });
    naive.push({ label: page.label, ...naiveGuess });
  }
  const elapsed = performance.now() - started;
  return {
    pages: set.pages.length,
    stories: source.stories,
    engine: scoreJudgements(engine),
    naive: scoreJudgements(naive),
    msPerPage: elapsed / Math.max(1, set.pages.length),
  };
}

async function naiveJudgement(
  index: StoryIndex,
  article: ReturnType<typeof readPage>,
  sources: readonly string[],
) {
  if (!hasEnoughText(article)) return { guess: 'not' as const, sourceRight: false };
  const page = prepareArticle(article);
  const candidates = await index.candidates(page.fingerprint, NAIVE_CANDIDATES);
  let best = { share: 0, id: '' };
  for (const { story } of await index.stories(candidates.map((c) => c.key))) {
    const share = naiveContainment(page.text, prepareStory(story).text);
    if (share > best.share) best = { share, id: story.id };
  }
  return { guess: naiveClass(best.share), sourceRight: sources.includes(best.id) };
}

/** The figures as a table for a terminal. */
export function evaluationReport(e: Evaluation, name: string): string {
  const row = (label: string, s: Scores) =>
    `${label.padEnd(44)}${fixed(s.binary)}   ${fixed(s.threeClass)}   ${fixed(s.sourceNamed)}`;
  const confusion = (s: Scores) =>
    (['wholly', 'partial', 'not'] as const).map(
      (label) =>
        `  ${label.padEnd(8)} → ${Object.entries(s.confusion[label])
          .map(([given, n]) => `${given} ${n}`)
          .join(', ')}`,
    );
  return [
    `${name}: ${e.pages} pages, ${e.stories} stories`,
    `${''.padEnd(44)}binary  3-class  source named`,
    row('naive word 3-gram containment (0.4 / 0.15)', e.naive),
    row('wiretrace', e.engine),
    'wiretrace confusion (true class → class given; "wrong source": derived, naming another story):',
    ...confusion(e.engine),
    `${e.msPerPage.toFixed(1)} ms a page (engine and naive reference together)`,
    '',
  ].join('\n');
}

function fixed(value: number): string {
  return value.toFixed(3);
}
