import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MARK_COLORS } from '../../components/shared/mark-colors.ts';
import { findHeadline } from '../../extension/content/find-headline.ts';
import { showHeatmap } from '../../extension/content/heatmap.ts';
import { isDarkBehind } from '../../extension/content/page-background.ts';
import { runOnPage } from '../../extension/content/run-on-page.ts';
import { serializePage } from '../../extension/content/serialize-page.ts';
import type { BadgeState } from '../../extension/messages/content-messages.ts';
import type { BadgeSummary, ReuseMark } from '../../extension/messages/replies.ts';
import { MAX_PAGE_HTML } from '../../lib/extract/page-size.ts';

/** The content script on a page in happy-dom, with a worker played by the test (every request it is sent kept). */

const PARAGRAPHS = [
  'Flash floods tore through three valleys in the north of the country on Sunday, killing four people and forcing thousands from their homes.',
  'Rescue crews pulled 146 people from rooftops overnight, the regional fire service said in a statement on Monday morning.',
  'The regional president declared a state of emergency and asked the national government for money to rebuild bridges and roads.',
];

const FOUND: BadgeSummary = {
  show: true,
  verdict: 'rewritten',
  tone: 'strong',
  line: 'Rewrite of AFP · 2 hours later · credit not found',
  changed: [],
  keyChanges: ['1 quote altered'],
  marks: [
    {
      text: PARAGRAPHS[1] as string,
      label: 'edited',
      words: [{ text: PARAGRAPHS[1] as string, label: 'verbatim' }],
    },
  ],
};

interface Sent {
  type: string;
  url?: string;
  html?: string;
}

function playWorker({
  enabled = true,
  withinBudget = true,
  summary = FOUND,
}: {
  enabled?: boolean;
  withinBudget?: boolean;
  summary?: BadgeSummary;
} = {}) {
  const sent: Sent[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
    sent.push(message);
    if (message.type === 'page-policy') return { ok: true, value: { enabled, withinBudget } };
    if (message.type === 'analyze-page') return { ok: true, value: summary };
    return { ok: true, value: null };
  }) as never);
  return sent;
}

function articlePage(paragraphs = PARAGRAPHS): void {
  document.body.innerHTML = `<header><h1>Daily Paper</h1></header><article><h1>Floods kill four</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article>`;
}

async function tellPage(message: unknown): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
  return answer;
}

const badgeState = () => tellPage({ type: 'badge-state' }) as Promise<BadgeState>;
const analyses = (sent: Sent[]) => sent.filter((m) => m.type === 'analyze-page');

const EXTENSION_ID = fakeBrowser.runtime.id;

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as { id?: string }).id = EXTENSION_ID;
  history.replaceState(null, '', '/news/floods');
});

afterEach(async () => {
  // The extension gone: the script ends at its next entry point and takes everything of its own away.
  (fakeBrowser.runtime as { id?: string }).id = undefined;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'badge-state' }, {}, () => {});
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** A CSS highlight registry of the browser's shape, in place of happy-dom's none. */
function stubHighlights() {
  const highlights = new Map<string, { ranges: Range[] }>();
  class Highlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', Highlight);
  return { highlights, Highlight };
}

describe('the content script on a page', () => {
  it('hands an article to the worker whole and shows the badge the worker sums up', async () => {
    articlePage();
    const sent = playWorker();
    runOnPage();
    await waitFor(() => expect(analyses(sent)).toHaveLength(1));
    expect(sent.map((m) => m.type)).toEqual(['page-policy', 'analyze-page']);
    const [analysis] = analyses(sent);
    expect(analysis?.url).toBe(location.href);
    for (const paragraph of PARAGRAPHS) expect(analysis?.html).toContain(paragraph);
    await waitFor(async () => expect((await badgeState()).text).toBe(FOUND.line));
    expect(badgeHosts()).toHaveLength(1);
  });

  it('has the page judged all the same when the badge cannot be put on it, and says so', async () => {
    articlePage();
    const sent = playWorker();
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(() => {
      throw new DOMException('Shadow root cannot be created on a host which already hosts a shadow tree.');
    });
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    runOnPage();
    await waitFor(() => expect(analyses(sent)).toHaveLength(1));
    expect(analyses(sent)[0]).toMatchObject({ type: 'analyze-page', badgeFailed: true });
    expect(badgeHosts()).toHaveLength(0);
  });

  it('reads nothing of a page on a site the reader switched off, and leaves no element on it', async () => {
    articlePage();
    const sent = playWorker({ enabled: false });
    runOnPage();
    await waitFor(() => expect(sent.map((m) => m.type)).toEqual(['page-policy']));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(analyses(sent)).toEqual([]);
    expect(badgeHosts()).toHaveLength(0);
  });

  it("does not read a page the worker would not judge now: past the tab's budget it sends no text", async () => {
    articlePage();
    const sent = playWorker({ withinBudget: false });
    runOnPage();
    await waitFor(() => expect(analyses(sent)).toHaveLength(1));
    expect(analyses(sent)[0]).toMatchObject({ type: 'analyze-page', html: '' });
  });

  it('tells the worker a page is not an article, without sending it, and leaves no element on it', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Short.</p>';
    const sent = playWorker();
    runOnPage();
    await waitFor(() => expect(sent).toEqual([{ type: 'not-an-article', url: location.href }]));
    expect(badgeHosts()).toHaveLength(0);
  });

  it('checks again when a single-page site changes its address, and not for a change of fragment', async () => {
    articlePage();
    const sent = playWorker();
    runOnPage();
    await waitFor(() => expect(analyses(sent)).toHaveLength(1));
    history.pushState(null, '', '/news/floods#comments');
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(analyses(sent)).toHaveLength(1);
    articlePage([...PARAGRAPHS].reverse());
    history.pushState(null, '', '/news/storm');
    await waitFor(() => expect(analyses(sent)).toHaveLength(2), { timeout: 3_000 });
    expect(analyses(sent)[1]?.url).toBe(`${location.origin}/news/storm`);
    expect(analyses(sent)[1]?.html).toContain(`<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[1]}</p>`);
    // The badge of the page before went with it; the new one's is drawn once.
    await waitFor(async () => expect((await badgeState()).text).toBe(FOUND.line));
    expect(badgeHosts()).toHaveLength(1);
  });

  it('checks again when the reader asks, and marks and unmarks the reused paragraphs', async () => {
    articlePage();
    const sent = playWorker();
    runOnPage();
    await waitFor(async () => expect((await badgeState()).text).toBe(FOUND.line));
    expect((await badgeState()).marked).toBe(false);
    await tellPage({ type: 'show-heatmap', on: true });
    const marked = document.querySelectorAll('article p')[1] as HTMLElement;
    expect(marked.style.backgroundColor).not.toBe('');
    // One state for the popup and the badge: the badge knows the popup marked the page.
    expect((await badgeState()).marked).toBe(true);
    await tellPage({ type: 'show-heatmap', on: false });
    expect(marked.style.backgroundColor).toBe('');
    expect((await badgeState()).marked).toBe(false);
    await tellPage({ type: 'recheck' });
    await waitFor(() => expect(analyses(sent)).toHaveLength(2));
  });

  it('ignores messages that are not the extension’s, and stops for good when the extension goes', async () => {
    articlePage();
    const sent = playWorker();
    runOnPage();
    await waitFor(async () => expect((await badgeState()).text).toBe(FOUND.line));
    expect(await tellPage({ type: 'recheck', url: 'https://evil.example/' })).toBeUndefined();
    expect(await tellPage({ type: 'show-badge', html: '<img src=x onerror=alert(1)>' })).toBeUndefined();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(await tellPage({ type: 'badge-state' })).toBeUndefined();
    // Its badge, its listener and its address watch are gone: a navigation after that is not checked.
    expect(badgeHosts()).toHaveLength(0);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    history.pushState(null, '', '/news/after');
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(analyses(sent)).toHaveLength(1);
  });
});

describe('reading the page', () => {
  it('serializes the page as it is, and leaves a page past the size limit alone', async () => {
    articlePage();
    const html = await serializePage(document);
    expect(html).toBe(document.documentElement.outerHTML);
    expect(html).toContain(PARAGRAPHS[0]);
    document.body.append(document.createTextNode('x'.repeat(MAX_PAGE_HTML)));
    expect(await serializePage(document)).toBeNull();
  });
});

describe('the reused-word marks', () => {
  const whole = (text: string, label: 'verbatim' | 'rewrite') => [{ text, label }];
  const marks: ReuseMark[] = [
    { text: PARAGRAPHS[0] as string, label: 'verbatim', words: whole(PARAGRAPHS[0] as string, 'verbatim') },
    {
      // Spaced as the engine writes its runs back: words are found by their letters.
      text: ` ${(PARAGRAPHS[2] as string).replace(/ /g, '  ')} `,
      label: 'paraphrased',
      words: [
        { text: 'The regional president declared', label: 'new' },
        { text: 'a state of emergency', label: 'verbatim' },
        { text: 'and asked the national government for money', label: 'rewrite' },
        { text: 'to rebuild bridges and roads .', label: 'new' },
      ],
    },
    {
      text: 'A sentence that is on no paragraph of the page.',
      label: 'edited',
      words: whole('A sentence that is on no paragraph of the page.', 'verbatim'),
    },
  ];

  it('tints each paragraph with reused words as its sentence was taken, and gives back its own colour after', () => {
    articlePage();
    const [first, second, third] = Array.from(document.querySelectorAll<HTMLElement>('article p'));
    (second as HTMLElement).style.backgroundColor = 'yellow';
    const shown = showHeatmap(document, marks);
    expect(first?.style.backgroundColor).toBe(MARK_COLORS.verbatim);
    expect(second?.style.backgroundColor).toBe('yellow');
    expect(third?.style.backgroundColor).toBe(MARK_COLORS.rewrite);
    expect(shown.intact()).toBe(true);
    shown.hide();
    expect([first, second, third].map((p) => p?.style.backgroundColor)).toEqual(['', 'yellow', '']);
  });

  it('says when the page has cleared or recoloured its tints', () => {
    articlePage();
    const [first] = Array.from(document.querySelectorAll<HTMLElement>('article p'));
    const shown = showHeatmap(document, marks);
    (first as HTMLElement).style.backgroundColor = 'rgba(9, 105, 218, 0.2)';
    expect(shown.intact()).toBe(false);
  });

  it('uses the CSS highlights where the browser has them, touching none of the page’s elements', () => {
    articlePage();
    const before = document.body.innerHTML;
    const { highlights, Highlight } = stubHighlights();
    const shown = showHeatmap(document, marks);
    expect(document.body.innerHTML).toBe(before);
    expect(shown.intact()).toBe(true);
    const text = (label: string) => highlights.get(`wiretrace-${label}`)?.ranges.map((r) => r.toString());
    // Word by word: the words taken as they were, and those reworded, each in its colour.
    expect(text('verbatim')).toEqual([PARAGRAPHS[0], 'a state of emergency']);
    expect(text('rewrite')).toEqual(['and asked the national government for money']);
    expect(text('changed')).toEqual([]);
    expect(document.getElementById('wiretrace-heatmap-style')?.textContent).toContain(
      '::highlight(wiretrace-verbatim)',
    );
    // The page forges one: the marks are no longer Wiretrace's, and its own is left alone when they go.
    const forged = new Highlight();
    highlights.set('wiretrace-rewrite', forged);
    expect(shown.intact()).toBe(false);
    shown.hide();
    expect([...highlights.keys()]).toEqual(['wiretrace-rewrite']);
    expect(document.getElementById('wiretrace-heatmap-style')).toBeNull();
  });
});

describe('the marks’ colours', () => {
  /** WCAG contrast of text on a tint laid over a page's background. */
  function contrast(tint: string, page: number[], text: number[]): number {
    const [r, g, b, a] = (tint.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number, number];
    const over = [r, g, b].map((c, i) => c * a + (page[i] as number) * (1 - a));
    const luminance = (rgb: number[]) => {
      const [lr, lg, lb] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const [hi, lo] = [luminance(over), luminance(text)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  it('keep a light page’s dark text and a dark page’s light text readable (WCAG AA, 4.5:1)', () => {
    for (const tint of Object.values(MARK_COLORS)) {
      expect(contrast(tint, [255, 255, 255], [34, 34, 34])).toBeGreaterThan(4.5);
      expect(contrast(tint, [18, 18, 18], [230, 230, 230])).toBeGreaterThan(4.5);
    }
    expect(MARK_COLORS.verbatim).not.toBe(MARK_COLORS.rewrite);
  });
});

describe('the changed facts on the page', () => {
  it('underlines a changed fact’s words in the sentence they are in, and nothing for a fact not on the page', () => {
    articlePage();
    const { highlights } = stubHighlights();
    const shown = showHeatmap(
      document,
      [],
      [
        { page: '146 people', original: '164 people', sentence: PARAGRAPHS[1] as string },
        { page: 'nowhere', original: 'somewhere', sentence: 'A sentence on no paragraph.' },
      ],
    );
    expect(highlights.get('wiretrace-changed')?.ranges.map((r) => r.toString())).toEqual(['146 people']);
    expect(document.getElementById('wiretrace-heatmap-style')?.textContent).toContain(
      '::highlight(wiretrace-changed) { text-decoration: underline wavy',
    );
    shown.hide();
    expect(highlights.size).toBe(0);
  });
});

describe('the article’s own headline', () => {
  // happy-dom lays nothing out: every element is given a box, but those the page hides.
  function laidOut() {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const hidden = this.hidden || this.style.display === 'none';
      return new DOMRect(0, 0, hidden ? 0 : 600, hidden ? 0 : 40);
    });
  }

  it('is not the site’s logo in an h1, nor a heading in its banner, but the one that reads like the title', () => {
    laidOut();
    document.title = 'Floods kill four in northern valleys | Daily Paper';
    document.body.innerHTML = `<header><h1><a href="/"><img alt="Daily Paper"></a></h1><h2>Breaking news from the valleys</h2></header>
      <main><h2>Most read</h2><article><h1 id="own">Floods kill four in northern valleys</h1><p>${PARAGRAPHS[0]}</p></article></main>`;
    expect(findHeadline(document)?.id).toBe('own');
  });

  it('prefers the heading named like og:title, and skips a hidden one', () => {
    laidOut();
    document.head.innerHTML = '<meta property="og:title" content="Rescuers pull 146 people from rooftops">';
    document.body.innerHTML = `<h1 hidden>Rescuers pull 146 people from rooftops</h1><h1>Live: weather across the region</h1>
      <div><h2 id="own" itemprop="headline">Rescuers pull 146 people from rooftops after floods</h2></div>`;
    expect(findHeadline(document)?.id).toBe('own');
    document.head.innerHTML = '';
  });

  it('is nothing on a page with no heading of words', () => {
    laidOut();
    document.body.innerHTML = '<h1><img alt="Logo"></h1><p>Text.</p>';
    expect(findHeadline(document)).toBeNull();
  });
});

describe('the page behind the badge', () => {
  it('is dark or light by its own background where the badge sits, not by the system theme', () => {
    document.body.innerHTML =
      '<div id="dark" style="background-color: rgb(18, 18, 24)"><h1 id="a">Headline</h1></div><div style="background-color: rgba(0, 0, 0, 0.1)"><h1 id="b">Other</h1></div>';
    expect(isDarkBehind(document.getElementById('a'))).toBe(true);
    // A faint tint over the browser's white is light.
    expect(isDarkBehind(document.getElementById('b'))).toBe(false);
    expect(isDarkBehind(null)).toBe(false);
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    (document.getElementById('dark') as HTMLElement).style.backgroundColor = 'transparent';
    expect(isDarkBehind(document.getElementById('a'))).toBe(false);
    document.body.style.backgroundColor = '';
  });
});

/** The badge's host: a `span` without a box of its own (its root is closed, so it is found by its style). */
function badgeHosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('span')].filter(
    (span) => span.style.display === 'contents',
  );
}
