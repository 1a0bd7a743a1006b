import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../components/badge/Badge.tsx';
import { MARK_COLORS, MARK_NAMES } from '../../components/shared/mark-colors.ts';
import { badgeSummary } from '../../extension/worker/badge-summary.ts';
import { ATTACKS } from '../support/hostile.ts';
import { explanationOf } from './explained.ts';

afterEach(cleanup);

/** A rewrite of an AP story as the worker sums it up: what the badge's own tests draw. */
const AP_REWRITE = {
  show: true,
  verdict: 'rewritten' as const,
  tone: 'strong' as const,
  line: 'Rewrite of AP',
  changed: [],
  keyChanges: ['1 quote altered'],
  marks: [],
};

describe('the inline badge', () => {
  it('says in one line where the article came from, as the worker sums it up', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const summary = badgeSummary({ status: 'judged', explanation }, 'normal');
    render(<Badge summary={summary} onDetails={() => {}} onHeatmap={() => {}} onHide={() => {}} />);
    const line = screen.getByRole('button', { name: /Rewrite of AFP/ });
    expect(line.querySelector('.wt-text')?.textContent).toMatch(
      /^Rewrite of AFP · .+ later · credit not found$/,
    );
    // Where the line has no room (a phone), a pill names Wiretrace: shown by the stylesheet, not in the line's name.
    const pill = line.querySelector('.wt-name');
    expect([pill?.textContent, pill?.getAttribute('aria-hidden')]).toEqual(['Wiretrace', 'true']);
    expect(line.getAttribute('aria-expanded')).toBe('false');
    // Uncredited, with names and numbers changed: the strongest colour, the only finding shown in it.
    expect(explanation.credited).toBe(false);
    expect(
      screen.getByRole('region', { name: 'Wiretrace' }).classList.contains(`wt-tone-${summary.tone}`),
    ).toBe(true);
  });

  it('opens for no click or key the page makes up, and runs none of its actions', () => {
    const onDetails = vi.fn();
    const onHeatmap = vi.fn();
    const summary = AP_REWRITE;
    render(<Badge summary={summary} onDetails={onDetails} onHeatmap={onHeatmap} onHide={() => {}} />);
    const line = screen.getByRole('button', { name: /Rewrite of AP/ });
    // A page's dispatched events are untrusted: the badge stays closed.
    fireEvent.click(line);
    fireEvent.keyDown(line, { key: 'Enter' });
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('1 quote altered')).toBeNull();
    expect(onDetails).not.toHaveBeenCalled();
    expect(onHeatmap).not.toHaveBeenCalled();
  });

  it('shows hostile text as text, and runs none of it', () => {
    const line = Object.values(ATTACKS).join(' ');
    const summary = {
      show: true,
      verdict: 'partial' as const,
      tone: 'notice' as const,
      line,
      changed: [],
      keyChanges: [],
      marks: [],
    };
    const { container } = render(
      <Badge summary={summary} onDetails={() => {}} onHeatmap={() => {}} onHide={() => {}} />,
    );
    expect(container.querySelector('.wt-text')?.textContent).toBe(line);
    expect(container.querySelectorAll('img, script, iframe, a, svg')).toHaveLength(0);
  });

  it('opens for the reader, says what the marks’ colours mean once they are on, and closes on Escape', () => {
    const onHeatmap = vi.fn();
    const summary = {
      show: true,
      verdict: 'rewritten' as const,
      tone: 'strong' as const,
      line: 'Rewrite of AP · 1 day later · credit not found',
      changed: [],
      keyChanges: ['1 quote altered'],
      marks: [
        {
          text: 'A kept sentence.',
          label: 'verbatim' as const,
          words: [{ text: 'A kept sentence.', label: 'verbatim' as const }],
        },
        {
          text: 'A reworded sentence.',
          label: 'paraphrased' as const,
          words: [
            { text: 'A', label: 'new' as const },
            { text: 'reworded sentence.', label: 'rewrite' as const },
          ],
        },
      ],
    };
    // The marks are the content script's to keep: it draws the badge again with them on.
    const { rerender } = render(
      <Badge summary={summary} onDetails={() => {}} onHeatmap={onHeatmap} onHide={() => {}} />,
    );
    onHeatmap.mockImplementation((on: boolean) =>
      rerender(
        <Badge summary={summary} onDetails={() => {}} onHeatmap={onHeatmap} onHide={() => {}} marked={on} />,
      ),
    );
    const line = screen.getByRole('button', { name: /Rewrite of AP/ });
    // The verdict in bold, the rest of the line plain.
    expect(line.querySelector('strong')?.textContent).toBe('Rewrite of AP');
    readerDoes(line, new MouseEvent('click', { bubbles: true }));
    expect(line.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('list', { name: 'Marked words' })).toBeNull();
    readerDoes(
      screen.getByRole('button', { name: 'Mark reused words' }),
      new MouseEvent('click', { bubbles: true }),
    );
    expect(onHeatmap).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: 'Hide reused words' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const legend = screen.getByRole('list', { name: 'Marked words' });
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      MARK_NAMES.verbatim,
      MARK_NAMES.rewrite,
    ]);
    expect((legend.querySelector('.wt-swatch') as HTMLElement).style.background).toBe(MARK_COLORS.verbatim);
    readerDoes(line, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(line.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the inline badge’s keyboard and menu', () => {
  const summary = AP_REWRITE;

  it('gives focus back to its line when Escape closes it from inside, not to the page', () => {
    render(<Badge summary={summary} onDetails={() => {}} onHeatmap={() => {}} onHide={() => {}} />);
    const line = screen.getByRole('button', { name: /Rewrite of AP/ });
    readerDoes(line, new MouseEvent('click', { bubbles: true }));
    const details = screen.getByRole('button', { name: 'All details' });
    details.focus();
    readerDoes(details, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(line);
  });

  it('hides itself on this page or this site when the reader asks, and never for the page', () => {
    const onHide = vi.fn();
    render(<Badge summary={summary} onDetails={() => {}} onHeatmap={() => {}} onHide={onHide} />);
    readerDoes(
      screen.getByRole('button', { name: /Rewrite of AP/ }),
      new MouseEvent('click', { bubbles: true }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hide on this site' }));
    expect(onHide).not.toHaveBeenCalled();
    readerDoes(
      screen.getByRole('button', { name: 'Hide on this page' }),
      new MouseEvent('click', { bubbles: true }),
    );
    readerDoes(
      screen.getByRole('button', { name: 'Hide on this site' }),
      new MouseEvent('click', { bubbles: true }),
    );
    expect(onHide.mock.calls).toEqual([['page'], ['site']]);
  });
});

/** An event as the reader's own mouse or keyboard makes it (the badge acts on trusted events only). */
function readerDoes(target: Element, event: Event): void {
  Object.defineProperty(event, 'isTrusted', { get: () => true });
  act(() => {
    target.dispatchEvent(event);
  });
}
