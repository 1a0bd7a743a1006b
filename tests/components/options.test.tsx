import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CacheSummary } from '../../components/options/CacheSummary.tsx';
import { FirstRun } from '../../components/options/FirstRun.tsx';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/settings.ts';
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

describe('the options page’s settings', () => {
  /** A worker that holds settings, answering a set-settings after `delay` ms; counts what it was asked. */
  function playSettingsWorker(delay = 0) {
    let stored: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['old.example'] };
    const asked: string[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: {
      type: string;
      change?: Partial<Settings>;
    }) => {
      asked.push(message.type);
      if (message.type === 'get-settings') return { ok: true, value: stored };
      if (message.type === 'set-settings') {
        await new Promise((resolve) => setTimeout(resolve, delay));
        stored = { ...stored, ...message.change };
        return { ok: true, value: stored };
      }
      if (message.type === 'get-stats') return { ok: true, value: EMPTY_STATS };
      if (message.type === 'list-feeds' || message.type === 'list-imports') return { ok: true, value: [] };
      if (message.type === 'apply-retention') return { ok: true, value: { removed: 0 } };
      return { ok: true, value: null };
    }) as never);
    return asked;
  }

  afterEach(() => vi.restoreAllMocks());

  it('are read once for every section, and a change in one leaves what the reader types in another', async () => {
    const asked = playSettingsWorker(20);
    render(<OptionsApp />);
    const sites = (await screen.findByLabelText(/One host name a line/)) as HTMLTextAreaElement;
    expect(sites.value).toBe('old.example');
    fireEvent.input(sites, { target: { value: 'old.example\nnew.example' } });
    fireEvent.click(screen.getByLabelText('Any partial reuse'));
    await waitFor(() => expect(asked.filter((type) => type === 'set-settings')).toHaveLength(1));
    await waitFor(() =>
      expect((screen.getByLabelText('Any partial reuse') as HTMLInputElement).checked).toBe(true),
    );
    expect(sites.value).toBe('old.example\nnew.example');
    expect(asked.filter((type) => type === 'get-settings')).toHaveLength(1);
  });

  it('say so when they cannot be read, and show no form of defaults to type into', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
      message.type === 'get-settings'
        ? { ok: false, error: 'no IndexedDB in this window' }
        : { ok: true, value: message.type === 'get-stats' ? EMPTY_STATS : [] }) as never);
    render(<OptionsApp />);
    expect((await screen.findByText(/Your settings could not be read/)).textContent).toContain(
      'no IndexedDB',
    );
    expect(screen.queryByText('Save limits')).toBeNull();
  });
});

describe('the options page’s feeds', () => {
  afterEach(() => vi.restoreAllMocks());

  function playFeedsWorker(enabled: boolean) {
    const feed = {
      url: 'https://wire.example/rss',
      source: 'AP',
      title: 'AP top news',
      enabled,
      builtIn: true,
      stories: 0,
      failures: 0,
      nextPoll: 0,
    };
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
      if (message.type === 'get-settings') return { ok: true, value: DEFAULT_SETTINGS };
      if (message.type === 'get-stats') return { ok: true, value: EMPTY_STATS };
      if (message.type === 'list-feeds' || message.type === 'poll-feeds') return { ok: true, value: [feed] };
      if (message.type === 'list-imports') return { ok: true, value: [] };
      return { ok: true, value: null };
    }) as never);
  }

  it('says so when "Check feeds now" has no feed that is on to check, and that it checked them when there is', async () => {
    playFeedsWorker(false);
    render(<OptionsApp />);
    await screen.findByText('AP top news');
    fireEvent.click(screen.getByRole('button', { name: 'Check feeds now' }));
    await screen.findByText('No feed is on: turn one on to read it.');
    cleanup();
    playFeedsWorker(true);
    render(<OptionsApp />);
    await screen.findByText('AP top news');
    fireEvent.click(screen.getByRole('button', { name: 'Check feeds now' }));
    await screen.findByText('Checked every feed that is on.');
  });
});
