import { useState } from 'preact/hooks';

export interface TaskStatus {
  text: string;
  error: boolean;
}

/**
 * A task started from the options page: controls are disabled while it runs,
 * and what it says (or why it failed) is shown after.
 */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<TaskStatus | null>(null);
  /** Runs a task; `pending` is said while it runs. */
  const run = async (work: () => Promise<string | null>, pending?: string) => {
    setBusy(true);
    setStatus(pending ? { text: pending, error: false } : null);
    try {
      const text = await work();
      setStatus(text ? { text, error: false } : null);
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
  return (
    <p role="status" class={status.error ? 'status status-error' : 'status'}>
      {status.text}
    </p>
  );
}
