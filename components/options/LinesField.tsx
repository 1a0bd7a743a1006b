import { useState } from 'preact/hooks';
import { useTask } from './use-task.tsx';

/**
 * A list the reader edits one entry a line, saved with a button: `initial` is
 * the stored text when the page opened (what the reader types is theirs until
 * saved), `save` stores it and says what it did, or throws to say why not.
 */
export function LinesField({
  id,
  hint,
  rows,
  saveClass,
  initial,
  save,
}: {
  id: string;
  hint: string;
  rows: number;
  saveClass?: string;
  initial: string;
  save: (text: string) => Promise<string>;
}) {
  const [text, setText] = useState(initial);
  const { status, setStatus, run } = useTask();

  return (
    <>
      <label for={id} class="muted">
        {hint}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setStatus(null);
        }}
      />
      <p class="row">
        <button type="button" class={saveClass} onClick={() => void run(() => save(text))}>
          Save sites
        </button>
        {status && (
          <span role="status" class={status.error ? 'status-error' : ''}>
            {status.text}
          </span>
        )}
      </p>
    </>
  );
}
