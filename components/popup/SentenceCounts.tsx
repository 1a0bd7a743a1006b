import { countOf } from '../../lib/explain/count-of.ts';
import type { SentenceCounts as Counts } from '../../lib/explain/explanation.ts';

const PARTS: { key: Exclude<keyof Counts, 'dropped'>; label: string }[] = [
  { key: 'verbatim', label: 'kept' },
  { key: 'edited', label: 'lightly edited' },
  { key: 'paraphrased', label: 'paraphrased' },
  { key: 'added', label: 'added' },
];

/** The page's sentences as one bar (kept, edited, paraphrased, added), its legend, and what the page dropped. */
export function SentenceCounts({ counts }: { counts: Counts }) {
  const present = PARTS.filter(({ key }) => counts[key] > 0);
  const total = present.reduce((n, { key }) => n + counts[key], 0);
  const words = present.map(({ key, label }) => `${counts[key]} ${label}`).join(', ');
  return (
    <section class="composition" aria-label="Sentences">
      <div class="bar" role="img" aria-label={`The page's ${countOf(total, 'sentence')}: ${words}`}>
        {present.map(({ key }) => (
          <span key={key} class={`segment segment-${key}`} style={{ flexGrow: counts[key] }} />
        ))}
      </div>
      <ul class="counts">
        {present.map(({ key, label }) => (
          <li key={key} class={`count count-${key}`}>
            <span class={`swatch segment-${key}`} aria-hidden="true" />
            <strong>{counts[key]}</strong> <span>{label}</span>
          </li>
        ))}
        {counts.dropped > 0 && (
          <li class="count count-dropped">
            <strong>{counts.dropped}</strong> <span>of the original's dropped</span>
          </li>
        )}
      </ul>
    </section>
  );
}
