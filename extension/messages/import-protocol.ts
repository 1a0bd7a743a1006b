import * as v from 'valibot';
import type { SaveReport } from '../db/save-stories.ts';

/**
 * The messages of an import, on a channel of its own between the options page
 * and the worker. The page reads and checks the bundle and fingerprints its
 * stories (on its own thread, alongside the worker's writing); the worker
 * checks every message again, stores the stories in chunks under one import
 * job, and rolls everything back unless the import ends as announced.
 * Messages are structured clones (the fingerprints travel as typed arrays),
 * so this channel is not the JSON one of `runtime.sendMessage` in Chrome.
 */
export const IMPORT_CHANNEL = 'wiretrace-import';

/** Stories a chunk holds at most. */
export const MAX_CHUNK = 2_000;
/** Stories an import holds at most: far beyond what the cache keeps, so a typo in a count is caught. */
export const MAX_IMPORT = 5_000_000;

const uint32Array = v.instance(Uint32Array);

export const ImportMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('begin'),
    stories: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_IMPORT)),
    /** The bundle's file name, to say later where its stories came from. */
    file: v.pipe(v.string(), v.maxLength(300)),
  }),
  v.strictObject({
    type: v.literal('chunk'),
    // Each story is checked as a bundle line is, by the same function, in the worker.
    stories: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(MAX_CHUNK)),
    fingerprints: v.strictObject({
      features: uint32Array,
      featureEnds: uint32Array,
      terms: uint32Array,
      termEnds: uint32Array,
      lead: uint32Array,
      leadEnds: uint32Array,
    }),
  }),
  v.strictObject({ type: v.literal('end') }),
]);

export type ImportMessage = v.InferOutput<typeof ImportMessageSchema>;

/** Why a bundle was refused, in the words both ends use: nothing of it is kept. */
export function notImported(reason: string): string {
  return `The bundle was not imported: ${reason}. Nothing was changed.`;
}

const SaveReportSchema: v.GenericSchema<SaveReport> = v.strictObject({
  added: v.number(),
  versions: v.number(),
  repeats: v.number(),
  kept: v.number(),
});

/** The worker's answers on the channel, in order: ready, saved after each chunk, then done or failed. */
export const ImportReplySchema = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  v.strictObject({ type: v.literal('saved'), stories: v.number() }),
  /** `removed`: stories longest in the cache, removed to keep within its limits once the import was in. */
  v.strictObject({
    type: v.literal('done'),
    report: SaveReportSchema,
    imported: v.number(),
    removed: v.number(),
    total: v.number(),
  }),
  v.strictObject({ type: v.literal('failed'), error: v.pipe(v.string(), v.maxLength(2_000)) }),
]);
export type ImportReply = v.InferOutput<typeof ImportReplySchema>;
