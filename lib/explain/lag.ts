/** Hours from the original's publication to the page's, when both are known. */
export function publishLagHours(
  originalPublished: string | null | undefined,
  pagePublished: string | null | undefined,
): number | null {
  if (!originalPublished || !pagePublished) return null;
  const from = Date.parse(originalPublished);
  const to = Date.parse(pagePublished);
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  return Math.round((to - from) / 36e5);
}

/** "1 day later", "3 hours later", "same time", "2 days earlier". */
export function describeLag(hours: number): string {
  const magnitude = Math.abs(hours);
  const when = hours >= 0 ? 'later' : 'earlier';
  if (magnitude < 1) return 'within the hour';
  if (magnitude < 48 && magnitude % 24 !== 0) return `${magnitude} hour${magnitude === 1 ? '' : 's'} ${when}`;
  const days = Math.round(magnitude / 24);
  return `${days} day${days === 1 ? '' : 's'} ${when}`;
}
