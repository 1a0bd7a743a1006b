import { parseModel, type VerdictModel } from './model.ts';
import weights from './weights.json' with { type: 'json' };

/** The verdict model the engine uses unless given another: fitted by `npm run calibrate` (see the README). */
export const DEFAULT_MODEL: VerdictModel = parseModel(weights);
