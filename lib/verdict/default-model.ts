import type { FeatureName } from './features.ts';
import { parseModel, type VerdictModel } from './model.ts';
import weights from './weights.json' with { type: 'json' };

/** The verdict model the engine uses unless given another: fitted by `npm run calibrate` (see the README). */
export const DEFAULT_MODEL: VerdictModel = parseModel(weights);

/**
 * The features the built-in model weighs: chosen by cross-validation on METER
 * among those that carry over to other newsrooms (shares of the page, not its
 * length: METER's wholly derived pages are short tabloid cut-downs, a rewrite
 * elsewhere need not be), and holding the seed rewrite to its verdict.
 */
export const DEFAULT_FEATURES: FeatureName[] = [
  'weightedTerms',
  'narrative3',
  'followed',
  'sentencesMatched',
  'narrativeRun',
];
