import * as v from 'valibot';

/** Messages the extension's pages and worker send to a content script. */
export const ContentMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('show-heatmap'), on: v.boolean() }),
  v.strictObject({ type: v.literal('show-badge') }),
  v.strictObject({ type: v.literal('recheck') }),
  v.strictObject({ type: v.literal('badge-state') }),
]);

export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

const BoxSchema = v.strictObject({ x: v.number(), y: v.number(), width: v.number(), height: v.number() });
export type Box = v.InferOutput<typeof BoxSchema>;

/** The content script's answer to `badge-state`: whether the host is on the page, what the badge shows and where. */
export const BadgeStateSchema = v.strictObject({
  host: v.boolean(),
  text: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
  open: v.boolean(),
  box: v.nullable(BoxSchema),
  controls: v.array(v.strictObject({ name: v.pipe(v.string(), v.maxLength(200)), box: BoxSchema })),
  /** Whether the page's reused paragraphs are marked: one state for the badge and the popup. */
  marked: v.boolean(),
  /** The page removed, replaced or recoloured the marks since they were drawn. */
  marksTampered: v.optional(v.boolean()),
  /** The page hid the badge (with its styles or by covering it) while Wiretrace meant it to show. */
  badgeHidden: v.optional(v.boolean()),
  /** The name of the badge's control that has the keyboard focus, if one has. */
  focused: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(200)))),
});
export type BadgeState = v.InferOutput<typeof BadgeStateSchema>;
