import type { Explanation } from '../../lib/explain/explanation.ts';
import { describeLag } from '../../lib/explain/lag.ts';
import { VERDICT_PHRASE } from '../../lib/explain/verdict-words.ts';
import { safeHttpUrl } from '../shared/safe-url.ts';

/** The verdict at a glance, then the original: source, title, time, link, lag and credit. */
export function OriginalCard({ explanation: e }: { explanation: Explanation }) {
  const link = safeHttpUrl(e.original.url);
  return (
    <header class={`verdict verdict-${e.verdict}`}>
      <p class="verdict-word">
        {VERDICT_PHRASE[e.verdict]} {e.original.source}
      </p>
      <p class="original-title">
        {link ? (
          <a href={link} target="_blank" rel="noreferrer noopener">
            {e.original.title}
          </a>
        ) : (
          e.original.title
        )}
      </p>
      <p class="meta">
        <span>{e.original.source}</span>
        {e.original.published && (
          <time dateTime={e.original.published}>{formatTime(e.original.published)}</time>
        )}
        {e.lagHours !== null && <span>page published {describeLag(e.lagHours)}</span>}
      </p>
      <p class={e.credited ? 'credit credit-given' : 'credit credit-missing'}>
        {e.credited ? `Credits ${e.original.source}` : `Does not credit ${e.original.source}`}
      </p>
    </header>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(
    undefined,
    dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(date);
}
