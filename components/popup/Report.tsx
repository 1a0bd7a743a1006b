import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BadgeState } from '../../extension/messages/content-messages.ts';
import { badgeStateOf, tellTab } from '../../extension/messages/tell-tab.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { MARK_COLORS, MARK_NAMES } from '../shared/mark-colors.ts';
import { Checklist } from './Checklist.tsx';
import { Details } from './Details.tsx';
import { OriginalCard } from './OriginalCard.tsx';
import { reportMarkdown, reportTitle } from './report-markdown.ts';
import { SentenceCounts } from './SentenceCounts.tsx';
import { SideBySide } from './SideBySide.tsx';

/** The full explanation of one page. */
export function Report({
  explanation,
  tabId,
  pageUrl = null,
  full = false,
}: {
  explanation: Explanation;
  tabId: number;
  /** The page's address, for the exported report. */
  pageUrl?: string | null;
  /** The full-width view: the original beside the page. */
  full?: boolean;
}) {
  const [heatmap, setHeatmap] = useState(false);
  const [interference, setInterference] = useState<string[]>([]);
  // The marks are the page's: the popup starts from what the badge (or an earlier popup) left them as.
  // The full report's tab says which story it is about, and so does its printout (set as it is drawn).
  useLayoutEffect(() => {
    if (full) document.title = `${reportTitle(explanation)} · Wiretrace`;
  }, [full, explanation]);
  useEffect(() => {
    void badgeStateOf(tabId).then((state) => {
      setHeatmap(state?.marked ?? false);
      setInterference(interferenceWords(state));
    });
  }, [tabId]);
  const toggle = () => {
    void tellTab(tabId, { type: 'show-heatmap', on: !heatmap });
    setHeatmap(!heatmap);
  };
  const derived = Math.round(explanation.coverage.page * 100);
  return (
    <article class="report">
      <OriginalCard explanation={explanation} />
      {interference.map((words) => (
        <p key={words} class="warning" role="status">
          {words}
        </p>
      ))}
      <Checklist explanation={explanation} />
      <p class="coverage">
        {derived}% of this page comes from the original; {Math.round(explanation.coverage.original * 100)}% of
        the original is used.
      </p>
      <WordShares shares={explanation.wordShares} />
      <SentenceCounts counts={explanation.sentences} />
      <p class="row">
        <button type="button" class="mark-words" aria-pressed={heatmap} onClick={toggle}>
          {heatmap ? 'Hide reused words on the page' : 'Mark reused words on the page'}
        </button>
        <button type="button" onClick={() => void tellTab(tabId, { type: 'show-badge' })}>
          Show the badge on the page
        </button>
        {!full && (
          <button type="button" onClick={() => void openFullView(tabId)}>
            All details
          </button>
        )}
      </p>
      {full && (
        <p class="row export">
          <button type="button" onClick={() => saveMarkdown(explanation, pageUrl)}>
            Save as Markdown
          </button>
          <button type="button" onClick={printReport}>
            Print
          </button>
        </p>
      )}
      {heatmap && <MarksLegend />}
      {full && <SideBySide explanation={explanation} />}
      <Details explanation={explanation} full={full} />
    </article>
  );
}

/** The whole report on paper: every folded part opened first, as a reader printing it wants them. */
function printReport(): void {
  for (const part of document.querySelectorAll('details')) part.open = true;
  window.print();
}

/** The report as a Markdown file the browser saves, named by the original's headline. */
function saveMarkdown(explanation: Explanation, pageUrl: string | null): void {
  const blob = new Blob([reportMarkdown(explanation, pageUrl)], { type: 'text/markdown;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `wiretrace-${fileNameOf(explanation.original.title)}.md`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** A headline as a file name: its letters and digits, lower case, joined by hyphens, at most 60 characters. */
export function fileNameOf(title: string): string {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.join('-').slice(0, 60).replace(/-+$/, '') || 'report';
}

/** "All details": this report in a tab of its own, full width, with the original beside the page. */
export function openFullView(tabId: number): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}&view=full`) });
}

/** What the page did to what Wiretrace put on it, in words for the reader. */
function interferenceWords(state: BadgeState | null): string[] {
  return [
    state?.marksTampered &&
      'This page has removed or changed the marks Wiretrace put on its paragraphs: what is marked there now is not Wiretrace’s.',
    state?.badgeHidden && 'This page hides Wiretrace’s badge: what it found is here.',
  ].filter((words): words is string => typeof words === 'string');
}

/** Where the page's words came from, from the same provenance as the JSON and the marks. */
function WordShares({ shares }: { shares: Explanation['wordShares'] }) {
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const own = Math.max(0, 1 - shares.verbatim - shares.rewrite);
  return (
    <p class="word-shares">
      Of the page's words, {percent(shares.verbatim)} are the original's word for word,{' '}
      {percent(shares.rewrite)} reworded from it, and {percent(own)} its own.
    </p>
  );
}

/**
 * What the marks on the page mean, here as well as in the badge: the toolbar
 * button is within reach wherever the reader has scrolled, the badge is not.
 */
function MarksLegend() {
  return (
    <p class="marks-legend">
      Marked on the page:{' '}
      {(Object.keys(MARK_COLORS) as (keyof typeof MARK_COLORS)[]).map((kind, i) => (
        <span key={kind}>
          {i > 0 && ', '}
          <span class="swatch" style={{ background: MARK_COLORS[kind] }} aria-hidden="true" />{' '}
          {MARK_NAMES[kind]}
        </span>
      ))}
      .
    </p>
  );
}
