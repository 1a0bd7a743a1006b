import type { Explanation } from '../../lib/explain/explanation.ts';
import { DiffText } from '../shared/DiffText.tsx';

const LABEL = { verbatim: 'kept', edited: 'edited', paraphrased: 'paraphrased', added: 'added' } as const;

/**
 * The original beside the page, sentence by sentence, in the page's order:
 * what each page sentence came from (edits marked word by word), what the page
 * added, and at the end what it dropped. The full-width view "All details" opens.
 */
export function SideBySide({ explanation: e }: { explanation: Explanation }) {
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
            <td dir="auto">{s.original ?? <span class="muted">—</span>}</td>
            <td dir="auto">
              <span class="chip">{s.repeats ? 'repeated' : LABEL[s.label]}</span>{' '}
              {s.label === 'edited' && s.diff ? <DiffText parts={s.diff} /> : s.text}
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
