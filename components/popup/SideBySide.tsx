import type { Explanation, PageSentenceView } from '../../lib/explain/explanation.ts';
import { sentenceWord } from '../../lib/explain/verdict-words.ts';
import { DiffText } from '../shared/DiffText.tsx';

/**
 * The original beside the page, sentence by sentence, in the page's order:
 * what each page sentence came from (the original's edits marked word by
 * word), where each page word came from (the page's provenance), what the
 * page added, and at the end what it dropped. The full-width view "All details" opens.
 */
export function SideBySide({ explanation: e }: { explanation: Explanation }) {
  return (
    <>
      <p class="word-legend">
        On the page: <mark class="word-verbatim">word for word from the wire</mark>,{' '}
        <span class="word-rewrite">reworded from it</span>, the rest its own.
      </p>
      <Table explanation={e} />
    </>
  );
}

function Table({ explanation: e }: { explanation: Explanation }) {
  return (
    <table class="side-by-side">
      <caption>The original beside the page</caption>
      <thead>
        <tr>
          <th scope="col">Original ({e.original.source})</th>
          <th scope="col">This page</th>
        </tr>
      </thead>
      <tbody>
        {e.page.map((s, i) => (
          <tr key={i} class={`sentence-${s.label}`}>
            <td dir="auto">
              {s.label === 'edited' && s.diff ? (
                <DiffText parts={s.diff} />
              ) : (
                (s.original ?? <span class="muted">—</span>)
              )}
            </td>
            <td dir="auto">
              <span class="chip">{sentenceWord(s)}</span> <PageWords sentence={s} />
            </td>
          </tr>
        ))}
        {e.dropped.map((d) => (
          <tr key={d} class="sentence-dropped">
            <td dir="auto">{d}</td>
            <td>
              <span class="chip">dropped</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A page sentence with its words marked by origin; a sentence without provenance reads as written. */
function PageWords({ sentence }: { sentence: PageSentenceView }) {
  if (sentence.words.length === 0) return <>{sentence.text}</>;
  return (
    <>
      {sentence.words.map((run, i) => {
        const space = i > 0 && !/^[.,;:!?)\]%]/.test(run.text) ? ' ' : '';
        if (run.label === 'new') return `${space}${run.text}`;
        const Mark = run.label === 'verbatim' ? 'mark' : 'span';
        return [
          space,
          <Mark key={i} class={`word-${run.label}`}>
            {run.text}
          </Mark>,
        ];
      })}
    </>
  );
}
