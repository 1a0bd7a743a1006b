/** Time from the original's publication to the page's: in hours, or in whole days when either gives only its date. */
export interface PublishLag {
  hours: number;
  byDay: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The lag, when both dates are known. A date without a time is a day, not
 * its midnight: a page dated "2026-11-05" is the same day as a story of
 * 09:00 that day, not 9 hours before it; and one dated the day before is
 * unknown (time zones), never "earlier".
 */
export function publishLag(
  originalPublished: string | null | undefined,
  pagePublished: string | null | undefined,
): PublishLag | null {
  if (!originalPublished || !pagePublished) return null;
  if (DATE_ONLY.test(originalPublished) || DATE_ONLY.test(pagePublished)) {
    const days = Math.round(
      (Date.parse(pagePublished.slice(0, 10)) - Date.parse(originalPublished.slice(0, 10))) / 864e5,
    );
    return Number.isNaN(days) || days < 0 ? null : { hours: days * 24, byDay: true };
  }
  const from = Date.parse(originalPublished);
  const to = Date.parse(pagePublished);
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  return { hours: Math.round((to - from) / 36e5), byDay: false };
}

/** "1 day later", "3 hours later", "within the hour", "2 days earlier"; by day, "same day" or "2 days later". */
export function describeLag(hours: number, byDay = false): string {
  if (byDay) {
    const days = Math.round(hours / 24);
    return days === 0 ? 'same day' : `${days} day${days === 1 ? '' : 's'} later`;
  }
  const magnitude = Math.abs(hours);
  const when = hours >= 0 ? 'later' : 'earlier';
  if (magnitude < 1) return 'within the hour';
  if (magnitude < 48 && magnitude % 24 !== 0) return `${magnitude} hour${magnitude === 1 ? '' : 's'} ${when}`;
  const days = Math.round(magnitude / 24);
  return `${days} day${days === 1 ? '' : 's'} ${when}`;
}
