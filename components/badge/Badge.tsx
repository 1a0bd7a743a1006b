import { useState } from 'preact/hooks';
import type { BadgeSummary } from '../../extension/messages/protocol.ts';

export interface BadgeProps {
  summary: BadgeSummary;
  onDetails: () => void;
  onHeatmap: (on: boolean) => void;
}

/** The inline badge: one line saying where the article came from; opens to the key changes. */
export function Badge({ summary, onDetails, onHeatmap }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [heatmap, setHeatmap] = useState(false);
  const toggleHeatmap = () => {
    onHeatmap(!heatmap);
    setHeatmap(!heatmap);
  };
  return (
    <section class={`wt-badge wt-${summary.verdict ?? 'none'}`} aria-label="Wiretrace">
      <button type="button" class="wt-line" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class="wt-dot" aria-hidden="true" />
        <span class="wt-text">{summary.line}</span>
      </button>
      {open && (
        <div class="wt-panel">
          <ul class="wt-changes">
            {summary.keyChanges.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <div class="wt-actions">
            <button type="button" aria-pressed={heatmap} onClick={toggleHeatmap}>
              {heatmap ? 'Hide reused paragraphs' : 'Mark reused paragraphs'}
            </button>
            <button type="button" onClick={onDetails}>
              All details
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
