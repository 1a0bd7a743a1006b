import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { Details } from '../../components/popup/Details.tsx';
import { EmptyState } from '../../components/popup/EmptyState.tsx';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { fileNameOf, Report } from '../../components/popup/Report.tsx';
import { reportMarkdown } from '../../components/popup/report-markdown.ts';
import { SameStory } from '../../components/popup/SameStory.tsx';
import { siteOf } from '../../components/popup/SiteSwitch.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/settings.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { ATTACKS } from '../support/hostile.ts';
import { languageStories } from '../support/language-fixtures.ts';
import { EMPTY_STATS, explanationIn, explanationOf } from './explained.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup’s report', () => {
  it('says what the page is, which original it came from and what it changed', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const { container } = render(<Report explanation={explanation} tabId={7} />);
    expect(container.querySelector('.verdict-word')?.textContent).toBe('Rewrite of AFP');
    expect(container.querySelector('.original-title')?.textContent).toBe(
      'Flash floods kill four in northern Italy, thousands evacuated',
    );
    expect(container.querySelector('.finding-credit')?.textContent).toBe('No credit to AFP found');
    const { verbatim, rewrite } = explanation.wordShares;
    expect(container.querySelector('.word-shares')?.textContent).toBe(
      `Of the page's words, ${Math.round(verbatim * 100)}% are the original's word for word, ${Math.round(rewrite * 100)}% reworded from it, and ${Math.round((1 - verbatim - rewrite) * 100)}% its own.`,
    );
    expect(rewrite).toBeGreaterThan(0.2);
    const composition = screen.getByRole('region', { name: 'Sentences' });
    const paraphrased = composition.querySelector('.count-paraphrased strong')?.textContent;
    expect(Number(paraphrased)).toBe(explanation.sentences.paraphrased);
    expect(explanation.sentences.paraphrased).toBeGreaterThan(5);
    // One bar of the page's sentences, a segment for each kind there is, none for a kind there is none of.
    const s = explanation.sentences;
    const kinds = (['verbatim', 'edited', 'paraphrased', 'added'] as const).filter((k) => s[k] > 0);
    expect([...composition.querySelectorAll('.segment')].map((e) => e.className)).toEqual(
      kinds.map((k) => `segment segment-${k}`),
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      new RegExp(`^The page's ${s.verbatim + s.edited + s.paraphrased + s.added} sentences: `),
    );
    // The findings first: the credit not found (not marked against the page), what was altered, the lag.
    const findings = [...screen.getByRole('list', { name: 'Findings' }).querySelectorAll('li')];
    expect(findings[0]?.className).toBe('finding-credit finding-unknown');
    expect(findings.at(-1)?.textContent).toMatch(/^Published .+ later$/);
  });

  it('says when the page has tampered with the marks or hidden the badge', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({
      host: true,
      text: 'Rewrite of AFP',
      open: false,
      box: null,
      controls: [],
      marked: true,
      marksTampered: true,
      badgeHidden: true,
    } as never);
    render(<Report explanation={explanation} tabId={7} />);
    await screen.findByText(/removed or changed the marks Wiretrace put on its paragraphs/);
    expect(screen.getByText('This page hides Wiretrace’s badge: what it found is here.')).toBeTruthy();
  });

  it('names the wire story of an independent report on the same story, and accuses nobody', async () => {
    const explanation = await explanationOf('bikes-independent.txt', 'pa-2026-11-10-bike-thief');
    expect(explanation).toMatchObject({ verdict: 'unrelated', sameStory: true });
    const { container } = render(<SameStory explanation={explanation} />);
    expect(container.querySelector('h2')?.textContent).toBe('Same story as PA — written independently');
    expect(container.querySelector('.original-title')?.textContent).toBe(explanation.original.title);
    expect(container.textContent).toMatch(/its wording is its own: it was not copied or rewritten from it/);
    expect(container.querySelector('.verdict, .tone-notice, .tone-strong')).toBeNull();
  });

  it('credits a credited copy, and sets an Arabic original right to left', async () => {
    const explanation = await explanationIn('ar', 'copy.html');
    const { container } = render(<Report explanation={explanation} tabId={7} />);
    expect(container.querySelector('.verdict-word')?.textContent).toBe('Copy of AFP');
    expect(container.querySelector('.finding-credit')?.textContent).toBe('Credits AFP');
    const title = container.querySelector('.original-title');
    expect(title?.textContent).toBe(languageStories('ar')[0]?.title);
    expect(title?.getAttribute('dir')).toBe('auto');
  });

  it('shows hostile story and page text as text, and links only to http(s)', async () => {
    const real = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const explanation: Explanation = {
      ...real,
      original: { ...real.original, source: ATTACKS.source, title: ATTACKS.title, url: ATTACKS.link },
      quotes: { kept: [ATTACKS.quote], altered: [{ page: ATTACKS.altered, original: ATTACKS.quote }] },
    };
    const { container } = render(<Report explanation={explanation} tabId={7} />);
    expect(container.querySelector('.original-title')?.textContent).toBe(ATTACKS.title);
    expect(container.querySelectorAll('script, img, iframe, style')).toHaveLength(0);
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:/);
    // The altered quote's words, markup and all, as text (set word by word against the original's).
    const altered = container.querySelector('.page-side')?.textContent ?? '';
    for (const word of ['img', 'onerror', 'window', 'rebuild', 'quays']) expect(altered).toContain(word);
  });
});

describe('the popup with nothing to explain', () => {
  it('says so in a status region with its heading and what to do', () => {
    render(
      <EmptyState title="No match">
        <button type="button">Check this page now</button>
      </EmptyState>,
    );
    const status = screen.getByRole('status');
    expect(status.querySelector('h2')?.textContent).toBe('No match');
    expect(screen.getByRole('button', { name: 'Check this page now' })).toBeTruthy();
  });
});

describe('the popup’s switches: the tab’s site, the pause, the settings', () => {
  /** The worker the popup talks to: a judged tab at `url`, settings that change as the popup asks. */
  async function playWorker(disabledSites: string[], url = 'https://www.news.example/world/floods') {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const sent: { type: string; change?: Partial<Settings> }[] = [];
    let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites };
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: (typeof sent)[number]) => {
      sent.push(message);
      if (message.type === 'set-settings') settings = { ...settings, ...message.change };
      const answers: Record<string, unknown> = {
        'get-tab-result': { state: 'judged', url, judgedAt: 1, result: { status: 'judged', explanation } },
        'get-stats': { ...EMPTY_STATS, stories: 12 },
        'get-settings': settings,
        'set-settings': settings,
      };
      return { ok: true, value: answers[message.type] ?? null };
    }) as never);
    const told = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const options = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined as never);
    history.replaceState(null, '', '/popup.html?tabId=7');
    return { sent, told, options };
  }

  it('turns Wiretrace off on the site and on again, says so in place of the verdict, and has the tab checked again each time', async () => {
    const { sent, told } = await playWorker(['other.example']);
    render(<PopupApp />);
    const box = await screen.findByRole('checkbox', { name: 'Check articles on news.example' });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Rewrite of AFP')).toBeTruthy();
    fireEvent.click(box);
    await screen.findByRole('heading', { name: 'Wiretrace is off on news.example' });
    expect(screen.queryByText('Rewrite of AFP')).toBeNull();
    expect(sent.at(-1)).toEqual({
      type: 'set-settings',
      change: { disabledSites: ['other.example', 'news.example'] },
    });
    expect(told).toHaveBeenLastCalledWith(7, { type: 'recheck' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Check articles on news.example' }));
    await screen.findByText('Rewrite of AFP');
    expect(sent.at(-1)).toEqual({ type: 'set-settings', change: { disabledSites: ['other.example'] } });
    expect(told).toHaveBeenCalledTimes(2);
  });

  it('is off on a subdomain of a site in the list, and turning it on takes the covering entry away', async () => {
    const { sent } = await playWorker(['example.com'], 'https://live.example.com/');
    render(<PopupApp />);
    const box = await screen.findByRole('checkbox', { name: 'Check articles on live.example.com' });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(sent.at(-1)).toEqual({ type: 'set-settings', change: { disabledSites: [] } }));
  });

  it('pauses Wiretrace on every site and resumes it, from the switch or the button, the tab checked again each time', async () => {
    const { sent, told } = await playWorker([]);
    render(<PopupApp />);
    const pause = await screen.findByRole('checkbox', { name: 'Pause Wiretrace on every site' });
    fireEvent.click(pause);
    await screen.findByRole('heading', { name: 'Wiretrace is paused' });
    expect(sent.at(-1)).toEqual({ type: 'set-settings', change: { paused: true } });
    expect(told).toHaveBeenLastCalledWith(7, { type: 'recheck' });
    expect(screen.queryByText('Rewrite of AFP')).toBeNull();
    // Paused, the site's own switch has nothing to say.
    expect(screen.queryByRole('checkbox', { name: /Check articles on/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByText('Rewrite of AFP');
    expect(sent.at(-1)).toEqual({ type: 'set-settings', change: { paused: false } });
    expect(
      (screen.getByRole('checkbox', { name: 'Pause Wiretrace on every site' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect(told).toHaveBeenCalledTimes(2);
  });

  it('shows the badge again on a site where the reader hid it, and hides it there again', async () => {
    const { sent, told } = await playWorker([]);
    render(<PopupApp />);
    const box = await screen.findByRole('checkbox', { name: 'Show the badge on news.example' });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ type: 'set-settings', change: { badgeHiddenSites: ['news.example'] } }),
    );
    await waitFor(() => expect(told).toHaveBeenCalledWith(7, { type: 'recheck' }));
    // Hidden, the verdict is still told here.
    expect(screen.getByText('Rewrite of AFP')).toBeTruthy();
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    fireEvent.click(box);
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ type: 'set-settings', change: { badgeHiddenSites: [] } }),
    );
  });

  it('leads to the settings from every popup, a verdict or none', async () => {
    const { options } = await playWorker([]);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(options).toHaveBeenCalledTimes(1);
  });

  it('offers no site switch for a page that is not on the web', async () => {
    await playWorker([], 'file:///home/me/page.html');
    expect(siteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    render(<PopupApp />);
    await screen.findByRole('checkbox', { name: 'Pause Wiretrace on every site' });
    expect(screen.queryByRole('checkbox', { name: /Check articles on/ })).toBeNull();
  });
});

describe('the popup’s altered quotes', () => {
  it('shows an original quote once for its fragments, each with the words it changed', async () => {
    const real = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const original = 'We will rebuild every bridge before the winter, and we will not leave anyone behind';
    const explanation: Explanation = {
      ...real,
      quotes: {
        kept: [],
        altered: [
          { page: 'rebuild every road before the winter', original },
          { page: 'we will leave no one behind', original },
        ],
      },
    };
    const { container } = render(<Details explanation={explanation} />);
    expect(container.querySelectorAll('.original-side')).toHaveLength(1);
    const fragments = [...container.querySelectorAll('.page-side')];
    expect(fragments).toHaveLength(2);
    expect(fragments[0]?.querySelector('del')?.textContent).toBe('bridge');
    expect(fragments[0]?.querySelector('ins')?.textContent).toBe('road');
    expect(fragments[0]?.textContent).toBe('rebuild every bridge road before the winter');
  });
});

describe('the full-width view', () => {
  it('says what the marks on the page mean while they are on, within reach of the toolbar wherever the reader scrolled', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const { container } = render(<Report explanation={explanation} tabId={7} />);
    expect(container.querySelector('.marks-legend')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark reused words on the page' }));
    expect(container.querySelector('.marks-legend')?.textContent).toBe(
      'Marked on the page:  word for word from the wire,  reworded from it.',
    );
  });

  it('marks each page word in the side-by-side view by where it came from, as the provenance says', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const { container } = render(<Report explanation={explanation} tabId={7} full />);
    const rows = [...container.querySelectorAll('table.side-by-side tbody tr:not(.sentence-dropped)')];
    const marked = (cls: string) =>
      rows.flatMap((row) => [...row.querySelectorAll(`td:last-child .${cls}`)].map((m) => m.textContent));
    const runs = (label: string) => explanation.page.flatMap((s) => s.words.filter((w) => w.label === label));
    expect(marked('word-verbatim')).toEqual(runs('verbatim').map((w) => w.text));
    expect(marked('word-rewrite')).toEqual(runs('rewrite').map((w) => w.text));
    expect(marked('word-rewrite').length).toBeGreaterThan(0);
    expect(container.querySelector('.word-legend')?.textContent).toContain('word for word from the wire');
  });

  it('sets the original beside the page, a row for each page sentence and each dropped one', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const { container } = render(<Report explanation={explanation} tabId={7} full />);
    const rows = [...container.querySelectorAll('table.side-by-side tbody tr')];
    expect(rows).toHaveLength(explanation.page.length + explanation.dropped.length);
    const [first] = explanation.page;
    expect(rows[0]?.querySelector('td')?.textContent).toBe(first?.original ?? '—');
    expect(container.querySelectorAll('tr.sentence-dropped')).toHaveLength(explanation.dropped.length);
    expect(container.querySelector('table caption')?.textContent).toBe('The original beside the page');
    // The table sets the page out sentence by sentence: the details do not list the sentences again.
    const summaries = [...container.querySelectorAll('details > summary')].map((s) => s.textContent);
    expect(summaries.some((s) => s?.startsWith('The page, sentence by sentence'))).toBe(false);
    // The narrow popup links to this view instead.
    const { container: narrow } = render(<Report explanation={explanation} tabId={7} />);
    expect(narrow.querySelector('table.side-by-side')).toBeNull();
    expect(within(narrow as HTMLElement).getByText(/^The page, sentence by sentence/)).toBeTruthy();
    const opened = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    fireEvent.click(within(narrow as HTMLElement).getByRole('button', { name: 'All details' }));
    expect(opened).toHaveBeenCalledWith({ url: browser.runtime.getURL('/popup.html?tabId=7&view=full') });
  });

  it('exports the report as Markdown named by its story, and titles its tab by it', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const saved: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:report';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      (saved.at(-1) as { name: string }).name = this.download;
    });
    render(<Report explanation={explanation} tabId={7} pageUrl="https://news.example/floods" full />);
    expect(document.title).toBe(
      'Rewrite of AFP: Flash floods kill four in northern Italy, thousands evacuated · Wiretrace',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save as Markdown' }));
    expect(saved.map((s) => s.name)).toEqual([
      'wiretrace-flash-floods-kill-four-in-northern-italy-thousands-evacuated.md',
    ]);
    const markdown = await (saved[0] as { blob: Blob }).blob.text();
    expect(markdown).toBe(reportMarkdown(explanation, 'https://news.example/floods'));
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Rewrite of AFP: Flash floods kill four in northern Italy, thousands evacuated');
    expect(lines).toContain('- Page: <https://news.example/floods>');
    expect(lines).toContain('- Credit to AFP: not found');
    // Every page sentence, numbered, with what became of it; every changed fact.
    const sentences = lines.filter((l) => /^\d+\. \*\*(kept|edited|paraphrased|added|repeated)\*\* /.test(l));
    expect(sentences).toHaveLength(explanation.page.length);
    for (const change of explanation.changes) expect(markdown).toContain(`→ ${change.page}`);
    // The narrow popup leaves exporting to the full view.
    const { container: narrow } = render(<Report explanation={explanation} tabId={7} />);
    expect(within(narrow as HTMLElement).queryByRole('button', { name: 'Save as Markdown' })).toBeNull();
  });

  it('writes hostile story text into the Markdown as text: no link, image or markup of its own', async () => {
    const real = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const explanation: Explanation = {
      ...real,
      original: {
        ...real.original,
        source: ATTACKS.source,
        title: `${ATTACKS.title} [click](javascript:alert(1)) ![x](https://evil.example/x.png)`,
        url: 'javascript:alert(1)',
      },
    };
    const markdown = reportMarkdown(explanation, 'data:text/html,<b>x</b>');
    expect(markdown).not.toMatch(/(?<!\\)\[click(?<!\\)\]/);
    expect(markdown).not.toMatch(/(?<!\\)<(?:script|img|b)\b/);
    expect(markdown).not.toContain('javascript:alert(1)>');
    expect(markdown).not.toContain('data:text');
    expect(markdown).toContain('\\[click\\](javascript:alert(1))');
    expect(fileNameOf(ATTACKS.title)).toMatch(/^[\p{L}\p{N}-]+$/u);
    expect(fileNameOf('«»')).toBe('report');
  });
});
