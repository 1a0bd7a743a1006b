import { act, cleanup, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { Badge } from '../../components/badge/Badge.tsx';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { EmptyState } from '../../components/popup/EmptyState.tsx';
import { Report } from '../../components/popup/Report.tsx';
import { DEFAULT_SETTINGS } from '../../extension/settings.ts';
import { badgeSummary } from '../../extension/worker/badge-summary.ts';
import { EMPTY_STATS, explanationOf } from './explained.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The worker's answers for an empty cache, as a first run finds it. */
function playEmptyWorker(): void {
  const answers: Record<string, unknown> = {
    'get-stats': EMPTY_STATS,

    'get-settings': DEFAULT_SETTINGS,
    'list-feeds': [],
    'list-imports': [],
  };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => ({
    ok: true,
    value: answers[message.type] ?? null,
  })) as never);
}

/** What axe-core finds wrong in a rendered component (happy-dom lays nothing out: colour contrast is judged in the browsers). */
async function violations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('finds nothing wrong in the badge, closed', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const { container } = render(
      <Badge
        summary={badgeSummary({ status: 'judged', explanation }, 'normal')}
        onDetails={() => {}}
        onHeatmap={() => {}}
        onHide={() => {}}
      />,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('can find something wrong: a button with no name, an image with no text', async () => {
    const { container } = render(
      <div>
        <button type="button" />
        {/* biome-ignore lint/a11y/useAltText: what axe must find, made on purpose */}
        <img src="x.png" />
      </div>,
    );
    expect((await violations(container)).map((v) => v.split(':')[0])).toEqual(['button-name', 'image-alt']);
  });

  it('finds nothing wrong in the badge open, on a dark page', async () => {
    const summary = {
      show: true,
      verdict: 'rewritten' as const,
      tone: 'strong' as const,
      line: 'Rewrite of AP · 1 day later · credit not found',
      changed: [],
      keyChanges: ['1 quote altered', '2 facts changed'],
      marks: [
        {
          text: 'A kept sentence.',
          label: 'verbatim' as const,
          words: [{ text: 'A kept sentence.', label: 'verbatim' as const }],
        },
      ],
    };
    const { container } = render(
      <div class="wt-on-dark">
        <Badge summary={summary} onDetails={() => {}} onHeatmap={() => {}} onHide={() => {}} />
      </div>,
    );
    const line = container.querySelector('.wt-line') as HTMLElement;
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { get: () => true });
    await act(async () => {
      line.dispatchEvent(click);
    });
    expect(container.querySelector('.wt-panel')).not.toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing wrong in the options page on a first run', async () => {
    playEmptyWorker();
    const { container } = render(<OptionsApp />);
    await screen.findByRole('heading', { name: 'Welcome to Wiretrace' });
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing wrong in the popup’s empty state', async () => {
    const { container } = render(
      <main>
        <h1>Wiretrace</h1>
        <EmptyState title="No match">
          <p>Nothing among the 11 cached stories was copied or rewritten here.</p>
          <button type="button">Show the badge on the page anyway</button>
        </EmptyState>
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing wrong in the popup’s report', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const { container } = render(
      <main>
        <h1>Wiretrace</h1>
        <Report explanation={explanation} tabId={7} />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });
});
