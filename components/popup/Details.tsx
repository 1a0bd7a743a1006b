import type { ComponentChildren } from 'preact';
import type { Change } from '../../lib/explain/changes.ts';
import type { Explanation, PageSentenceView } from '../../lib/explain/explanation.ts';
import { quoteChanges } from '../../lib/explain/quote-diff.ts';
import { sentenceWord } from '../../lib/explain/verdict-words.ts';
import { DiffText } from '../shared/DiffText.tsx';

/**
 * The details behind the verdict, each part folded until asked for. In the
 * full view the side-by-side table already sets out the page sentence by
 * sentence, so that list is not repeated here.
 */
export function Details({ explanation: e, full = false }: { explanation: Explanation; full?: boolean }) {
  const facts = e.changes;
  const added = e.page.filter((s) => s.label === 'added');
  return (
    <div class="details">
      <Section title="Altered quotes" count={e.quotes.altered.length} open>
        <ul class="pairs">
          {quoteChanges(e.quotes.altered).map((group) => (
            <li key={group.original}>
              <span class="muted">Originally </span>
              <q class="original-side" dir="auto">
                {group.original}
              </q>
              <ul class="fragments">
                {group.fragments.map((fragment) => (
                  <li key={fragment.page}>
                    <span class="muted">the page: </span>
                    <q class="page-side" dir="auto">
                      <DiffText parts={fragment.diff} />
                    </q>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Changed facts" count={facts.length} open>
        <ChangeList changes={facts} />
      </Section>
      <Section
        title="The page, sentence by sentence"
        count={full ? 0 : e.page.length}
        open={!e.quotes.altered.length && !facts.length}
      >
        <ol class="sentences">
          {e.page.map((s, i) => (
            <SentenceItem key={i} sentence={s} />
          ))}
        </ol>
      </Section>
      <Section title="Added by the page" count={added.length}>
        <ul class="passages">
          {added.map((s, i) => (
            <li key={i} dir="auto">
              {s.text}
              {s.repeats && <span class="muted"> (printed twice)</span>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Dropped from the original" count={e.dropped.length}>
        <ul class="passages">
          {e.dropped.map((d) => (
            <li key={d} dir="auto">
              {d}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Wording (no fact changed)" count={e.wording.length}>
        <ChangeList changes={e.wording} />
      </Section>
    </div>
  );
}

/** A folded part of the details, left out when it has nothing in it. */
function Section(props: { title: string; count: number; open?: boolean; children: ComponentChildren }) {
  if (props.count === 0) return null;
  return (
    <details open={props.open}>
      <summary>
        {props.title} ({props.count})
      </summary>
      {props.children}
    </details>
  );
}

function ChangeList({ changes }: { changes: Change[] }) {
  return (
    <ul class="pairs">
      {changes.map((c) => (
        <li key={`${c.original}→${c.page}`} dir="auto">
          <del>{c.original}</del> → <ins>{c.page}</ins>
          <details class="change-context">
            <summary>the sentences</summary>
            <p class="muted">
              Original: <span dir="auto">{c.originalSentence}</span>
            </p>
            <p>
              This page: <span dir="auto">{c.pageSentence}</span>
            </p>
          </details>
        </li>
      ))}
    </ul>
  );
}

function SentenceItem({ sentence: s }: { sentence: PageSentenceView }) {
  return (
    <li class={`sentence sentence-${s.label}`} dir="auto">
      <span class="chip">{sentenceWord(s)}</span>{' '}
      {s.label === 'edited' && s.diff ? <DiffText parts={s.diff} /> : <span>{s.text}</span>}
      {s.label === 'paraphrased' && s.original && <p class="from muted">Original: {s.original}</p>}
    </li>
  );
}
