import { useEffect, useState } from 'preact/hooks';
import { useTask } from './use-task.tsx';

/**
 * A list the reader edits one entry a line, saved with a button: `load` gives
 * the text, `save` stores it and says what it did, or throws to say why not.
 */
export function LinesField({
  id,
  hint,
  rows,
  saveClass,
  load,
  save,
}: {
  id: string;
  hint: string;
  rows: number;
  saveClass?: string;
  load: () => Promise<string>;
  save: (text: string) => Promise<string>;
}) {
  const [text, setText] = useState('');
  const { status, setStatus, run } = useTask();
  useEffect(() => {
    void load().then(setText);
  }, []);

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
