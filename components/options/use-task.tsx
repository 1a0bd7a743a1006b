import { useState } from 'preact/hooks';

/** What a task said: done, done with something the reader should know (`warning`), or failed. */
export interface TaskStatus {
  text: string;
  error: boolean;
  warning?: boolean;
}

/**
 * A task started from the options page: controls are disabled while it runs,
 * and what it says (or why it failed) is shown after.
 */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<TaskStatus | null>(null);
  /** Runs a task; `pending` is said while it runs. */
  const run = async (work: () => Promise<string | TaskStatus | null>, pending?: string) => {
    setBusy(true);
    setStatus(pending ? { text: pending, error: false } : null);
    try {
      const said = await work();
      setStatus(typeof said === 'string' ? { text: said, error: false } : said);
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, run };
}

export function StatusLine({ status }: { status: TaskStatus | null }) {
  if (!status) return null;
  const tone = status.error ? ' status-error' : status.warning ? ' status-warning' : '';
  return (
    <p role="status" class={`status${tone}`}>
      {status.text}
    </p>
  );
}
