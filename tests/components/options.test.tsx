import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheSummary } from '../../components/options/CacheSummary.tsx';
import { FirstRun } from '../../components/options/FirstRun.tsx';
import { EMPTY_STATS } from './explained.ts';

afterEach(cleanup);

describe('the options page’s cache summary', () => {
  it('says it is reading, then that the cache is empty', () => {
    const { rerender } = render(<CacheSummary stats={null} />);
    expect(screen.getByText('Reading the cache…')).toBeTruthy();
    rerender(<CacheSummary stats={EMPTY_STATS} />);
    expect(screen.getByTestId('story-count').textContent).toBe('No stories yet.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('counts one of a thing as one, and many as many', () => {
    const one = {
      ...EMPTY_STATS,
      stories: 1,
      bytes: 3_000,
      references: 1,
      sources: [{ source: 'AFP', stories: 1 }],
    };
    const { rerender } = render(<CacheSummary stats={one} />);
    expect(screen.getByTestId('story-count').textContent).toMatch(
      /^1 story · about .+ · 1 credited copy seen$/,
    );
    rerender(<CacheSummary stats={{ ...one, stories: 12_000, references: 3 }} />);
    expect(screen.getByTestId('story-count').textContent).toMatch(
      /^12,000 stories · about .+ · 3 credited copies seen$/,
    );
    expect(screen.getByRole('table').textContent).toContain('AFP');
  });

  it('warns of a stale cache, an eviction for lack of room and a re-index under way', () => {
    render(
      <CacheSummary
        stats={{
          ...EMPTY_STATS,
          stories: 10,
          stale: 'No feed has answered for 9 days.',
          quotaEviction: { at: Date.UTC(2026, 10, 30), evicted: 250 },
          reindex: { stories: 10, indexed: 4 },
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('No feed has answered for 9 days.');
    expect(screen.getByText(/ran out of room/).textContent).toContain('250 stories longest in the cache');
    expect(screen.getByTestId('reindex').textContent).toContain('4 of 10 stories');
  });
});

describe('the options page on first run', () => {
  it('says what Wiretrace does, that nothing read leaves the computer, and how to fill the cache', () => {
    render(<FirstRun />);
    const card = screen.getByRole('region', { name: 'Welcome to Wiretrace' });
    expect(card.textContent).toContain('nothing you read is sent anywhere');
    expect(card.textContent).toContain('AP, AFP and PA publish no public feed');
    const steps = [...card.querySelectorAll('ol a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(steps).toEqual([
      ['Turn on a wire feed', '#feeds'],
      ['Import a story bundle', '#bundles'],
      ['wire sites', '#wire-sites'],
    ]);
  });
});
