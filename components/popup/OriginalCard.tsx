import type { StoryOrigin } from '../../lib/corpus/story.ts';
import type { OriginalBasis } from '../../lib/explain/basis.ts';
import { countOf } from '../../lib/explain/count-of.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { isUnsure, type Verdict } from '../../lib/explain/judgement.ts';
import { describeLag } from '../../lib/explain/lag.ts';
import { toneOf } from '../../lib/explain/tone.ts';
import { certaintyWords, verdictWords } from '../../lib/explain/verdict-words.ts';
import { OriginalTitle } from './OriginalTitle.tsx';

/** The verdict at a glance, then the original: source, title, time, link, lag and credit. */
export function OriginalCard({ explanation: e }: { explanation: Explanation }) {
  return (
    <header class={`verdict verdict-${e.verdict} tone-${toneOf(e)}`}>
      <p class="verdict-word">{verdictWords(e)}</p>
      <p class="confidence muted">{likelihoodWords(e.verdict, e.score)}</p>
      <OriginalTitle original={e.original} />
      <p class="meta">
        <span>{e.original.source}</span>
        {e.original.published && (
          <time dateTime={e.original.published}>{formatTime(e.original.published)}</time>
        )}
        {e.lagHours !== null && <span>page published {describeLag(e.lagHours, e.lagByDay)}</span>}
      </p>
      {e.original.origin && <p class="origin muted">{originWords(e.original.origin, e.basis)}</p>}
      {e.original.thread.length > 0 && (
        <details class="thread">
          <summary>{countOf(e.original.thread.length, 'other take', 'other takes')} of this story</summary>
          <ul>
            {e.original.thread.map((take) => (
              <li key={take.id} dir="auto">
                {take.title}
                {take.published && <span class="muted"> · {formatTime(take.published)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}

/** Where the cache got the original: a feed, the wire's own site, or a bundle the reader imported (which, and when). */
function originWords(origin: StoryOrigin, basis: OriginalBasis): string {
  const ways = [
    origin.via.includes('feed') && 'a feed',
    origin.via.includes('capture') && "the wire's own site, as you read it",
    origin.via.includes('copy') &&
      `a page on ${basis.kind === 'copy' ? basis.site : 'a news site'} whose dateline credits the wire, as you read it (that site's word, not the wire's own copy)`,
    origin.via.includes('bundle') &&
      (origin.bundle
        ? `the bundle ${origin.bundle.file}, imported ${formatTime(new Date(origin.bundle.at).toISOString())}`
        : 'an imported bundle'),
  ].filter(Boolean);
  return `In the cache from ${ways.join(' and ')}.`;
}

/** The certainty, said once the same way everywhere (verdict-words.ts), and what to do when it is low. */
function likelihoodWords(verdict: Verdict, score: number): string {
  const certainty = certaintyWords(score);
  const sentence = `${certainty.charAt(0).toUpperCase()}${certainty.slice(1)} taken from this story.`;
  return isUnsure(verdict, score) ? `${sentence} Read the details before you rely on it.` : sentence;
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
