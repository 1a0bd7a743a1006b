import type { SentenceCounts as Counts } from '../../lib/explain/explanation.ts';

const TILES: { key: keyof Counts; label: string }[] = [
  { key: 'verbatim', label: 'kept' },
  { key: 'edited', label: 'lightly edited' },
  { key: 'paraphrased', label: 'paraphrased' },
  { key: 'dropped', label: 'dropped' },
  { key: 'added', label: 'added' },
];

/** Sentences kept, edited, paraphrased, dropped and added, as a row of counts. */
export function SentenceCounts({ counts }: { counts: Counts }) {
  return (
    <ul class="counts" aria-label="Sentences">
      {TILES.map(({ key, label }) => (
        <li key={key} class={`count count-${key}`}>
          <strong>{counts[key]}</strong> <span>{label}</span>
        </li>
      ))}
    </ul>
  );
}
