import { useState } from 'preact/hooks';
import type { BadgeSummary } from '../../extension/messages/protocol.ts';

export interface BadgeActions {
  onDetails: () => void;
  onHeatmap: (on: boolean) => void;
}

export interface BadgeProps extends BadgeActions {
  summary: BadgeSummary;
}

/**
 * Runs a handler only for what the reader did: a page can dispatch synthetic
 * clicks and keys at anything it can reach, and must not open tabs or mark
 * paragraphs through the badge.
 */
function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** The inline badge: one line saying where the article came from; opens to the key changes. */
export function Badge({ summary, onDetails, onHeatmap }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [heatmap, setHeatmap] = useState(false);
  const toggleHeatmap = () => {
    onHeatmap(!heatmap);
    setHeatmap(!heatmap);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) setOpen(false);
  };
  return (
    <section
      class={`wt-badge wt-${summary.verdict ?? 'none'} wt-tone-${summary.tone}`}
      aria-label="Wiretrace"
      onKeyDown={trusted(closeOnEscape)}
    >
      <button type="button" class="wt-line" aria-expanded={open} onClick={trusted(() => setOpen(!open))}>
        <span class="wt-dot" aria-hidden="true" />
        <span class="wt-text" dir="auto">
          {summary.line}
        </span>
      </button>
      {open && (
        <div class="wt-panel">
          <ul class="wt-changes">
            {summary.keyChanges.map((change) => (
              <li key={change} dir="auto">
                {change}
              </li>
            ))}
          </ul>
          <div class="wt-actions">
            {summary.marks.length > 0 && (
              <button type="button" aria-pressed={heatmap} onClick={trusted(toggleHeatmap)}>
                {heatmap ? 'Hide reused paragraphs' : 'Mark reused paragraphs'}
              </button>
            )}
            <button type="button" onClick={trusted(onDetails)}>
              All details
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
