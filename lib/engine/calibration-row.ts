import type { Article } from '../extract/article.ts';
import { hasEnoughText } from '../extract/article.ts';
import type { StoryIndex } from '../retrieve/story-index.ts';
import type { CalibrationRow } from '../verdict/cross-validate.ts';
import { FEATURE_NAMES, type FeatureName, type ReuseFeatures } from '../verdict/features.ts';
import type { ReuseClass } from '../verdict/model.ts';
import { compareThreads } from './compare-threads.ts';
import { originalAmong } from './judge.ts';
import { prepareArticle } from './prepare.ts';

export interface LabelledPage {
  label: ReuseClass;
  /** Ids of the stories the page derives from (or would, were it derived: the story it reports). */
  sources: readonly string[];
  /** Pages of one story share a group, and a fold. */
  group: string;
}

const NO_FEATURES = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as ReuseFeatures;

/**
 * What the model is fitted on for one labelled page: the features of the
 * candidate the engine would take for its original, found exactly as
 * `matchArticle` finds it.
 */
export async function calibrationRow(
  article: Article,
  index: StoryIndex,
  page: LabelledPage,
  select: FeatureName,
): Promise<CalibrationRow> {
  const refused = {
    features: NO_FEATURES,
    label: page.label,
    group: page.group,
    sourceRight: false,
    refused: true,
  };
  if (!hasEnoughText(article)) return refused;
  const { threads } = await compareThreads(prepareArticle(article), index);
  const chosen = originalAmong(threads, { select });
  if (!chosen) return refused;
  return {
    features: chosen.features,
    label: page.label,
    group: page.group,
    sourceRight: chosen.thread.takes.some((take) => page.sources.includes(take.story.id)),
  };
}
