import type { Explanation, PageSentenceView } from '../../lib/explain/explanation.ts';
import { DiffText } from '../shared/DiffText.tsx';

const LABEL = { verbatim: 'kept', edited: 'edited', paraphrased: 'paraphrased', added: 'added' } as const;

/** The details behind the verdict, each part folded until asked for. */
export function Details({ explanation: e }: { explanation: Explanation }) {
  const facts = e.changes.filter((c) => c.kind !== 'term');
  const terms = e.changes.filter((c) => c.kind === 'term');
  const added = e.page.filter((s) => s.label === 'added');
  return (
    <div class="details">
      {e.quotes.altered.length > 0 && (
        <details open>
          <summary>Altered quotes ({e.quotes.altered.length})</summary>
          <ul class="pairs">
            {e.quotes.altered.map((q) => (
              <li key={q.page}>
                <q class="page-side">{q.page}</q>
                <span class="muted"> — originally </span>
                <q class="original-side">{q.original}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
      {facts.length > 0 && (
        <details open>
          <summary>Changed names and numbers ({facts.length})</summary>
          <ul class="pairs">
            {facts.map((c) => (
              <li key={`${c.original}→${c.page}`}>
                <del>{c.original}</del> → <ins>{c.page}</ins>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details open={e.quotes.altered.length === 0 && facts.length === 0}>
        <summary>The page, sentence by sentence ({e.page.length})</summary>
        <ol class="sentences">
          {e.page.map((s, i) => (
            <SentenceItem key={i} sentence={s} />
          ))}
        </ol>
      </details>
      {added.length > 0 && (
        <details>
          <summary>Added by the page ({added.length})</summary>
          <ul class="dropped">
            {added.map((s, i) => (
              <li key={i}>
                {s.text}
                {s.repeats && <span class="muted"> (printed twice)</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {e.dropped.length > 0 && (
        <details>
          <summary>Dropped from the original ({e.dropped.length})</summary>
          <ul class="dropped">
            {e.dropped.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
      {terms.length > 0 && (
        <details>
          <summary>Words swapped ({terms.length})</summary>
          <ul class="pairs">
            {terms.map((c) => (
              <li key={`${c.original}→${c.page}`}>
                <del>{c.original}</del> → <ins>{c.page}</ins>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function SentenceItem({ sentence: s }: { sentence: PageSentenceView }) {
  return (
    <li class={`sentence sentence-${s.label}`}>
      <span class="chip">{s.repeats ? 'repeated' : LABEL[s.label]}</span>{' '}
      {s.label === 'edited' && s.diff ? <DiffText parts={s.diff} /> : <span>{s.text}</span>}
      {s.label === 'paraphrased' && s.original && <p class="from muted">Original: {s.original}</p>}
    </li>
  );
}
