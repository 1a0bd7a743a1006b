import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BadgeSummary, MarkedWords, ReuseMark } from '../../extension/messages/replies.ts';
import { CHANGED_NAME, MARK_COLORS, MARK_NAMES } from '../shared/mark-colors.ts';

export interface BadgeActions {
  onDetails: () => void;
  onHeatmap: (on: boolean) => void;
  /** The reader hid the badge: for this page, or on the whole site. */
  onHide: (where: 'page' | 'site') => void;
}

export interface BadgeProps extends BadgeActions {
  summary: BadgeSummary;
  /** Whether the reused paragraphs are marked (the content script keeps it: the popup can turn them on too). */
  marked?: boolean;
  /** Called once it is drawn, opened or closed: the host places it again at once, before anything reads its box. */
  onLayout?: () => void;
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

/** What the colours of the marked words mean, for those marked on this page. */
function Legend({ labels, changed }: { labels: (keyof typeof MARK_COLORS)[]; changed: boolean }) {
  return (
    <ul class="wt-legend" aria-label="Marked words">
      {(Object.keys(MARK_COLORS) as (keyof typeof MARK_COLORS)[])
        .filter((label) => labels.includes(label))
        .map((label) => (
          <li key={label}>
            <span class="wt-swatch" style={{ background: MARK_COLORS[label] }} aria-hidden="true" />
            {MARK_NAMES[label]}
          </li>
        ))}
      {changed && (
        <li>
          <span class="wt-wavy" aria-hidden="true">
            abc
          </span>{' '}
          {CHANGED_NAME}
        </li>
      )}
    </ul>
  );
}

/** The kinds of words the marks show on this page. */
function markedKinds(marks: readonly ReuseMark[]): MarkedWords[] {
  const kinds = new Set<MarkedWords>();
  for (const mark of marks) for (const run of mark.words) if (run.label !== 'new') kinds.add(run.label);
  return [...kinds];
}

/** The verdict in bold, what follows it (lag, credit) in the line's plain weight: one short line. */
function LineText({ line }: { line: string }) {
  const [verdict, ...rest] = line.split(' · ');
  return (
    <>
      <strong>{verdict}</strong>
      {rest.length > 0 && ` · ${rest.join(' · ')}`}
    </>
  );
}

/** The inline badge: one line saying where the article came from; opens to the key changes. */
export function Badge({ summary, onDetails, onHeatmap, onHide, onLayout, marked = false }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const line = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => onLayout?.(), [open, marked, onLayout]);
  const toggleHeatmap = () => onHeatmap(!marked);
  // Closed with Escape, focus goes back to the line that opened it, not to the page's body.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    line.current?.focus();
  };
  return (
    <section
      class={`wt-badge wt-${summary.verdict ?? 'none'} wt-tone-${summary.tone}`}
      aria-label="Wiretrace"
      onKeyDown={trusted(closeOnEscape)}
    >
      <button
        ref={line}
        type="button"
        class="wt-line"
        aria-expanded={open}
        onClick={trusted(() => setOpen(!open))}
      >
        <span class="wt-dot" aria-hidden="true" />
        {/* Where there is no room for the line (a phone), the pill says whose it is; the line stays its name. */}
        <span class="wt-name" aria-hidden="true">
          Wiretrace
        </span>
        <span class="wt-text" dir="auto">
          <LineText line={summary.line} />
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
          {marked && <Legend labels={markedKinds(summary.marks)} changed={summary.changed.length > 0} />}
          <div class="wt-actions">
            {summary.marks.length > 0 && (
              <button type="button" aria-pressed={marked} onClick={trusted(toggleHeatmap)}>
                {marked ? 'Hide reused words' : 'Mark reused words'}
              </button>
            )}
            <button type="button" onClick={trusted(onDetails)}>
              All details
            </button>
          </div>
          <div class="wt-actions wt-hide">
            <button type="button" onClick={trusted(() => onHide('page'))}>
              Hide on this page
            </button>
            <button type="button" onClick={trusted(() => onHide('site'))}>
              Hide on this site
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
