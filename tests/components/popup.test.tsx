import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../components/popup/EmptyState.tsx';
import { Report } from '../../components/popup/Report.tsx';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { ATTACKS } from '../support/hostile.ts';
import { languageStories } from '../support/language-fixtures.ts';
import { explanationIn, explanationOf } from './explained.ts';

afterEach(cleanup);

describe('the popup’s report', () => {
  it('says what the page is, which original it came from and what it changed', async () => {
    const explanation = await explanationOf('flood-paraphrase.html', 'afp-2026-10-18-piedmont-floods');
    const { container } = render(<Report explanation={explanation} tabId={7} />);
    expect(container.querySelector('.verdict-word')?.textContent).toBe('Rewritten from AFP');
    expect(container.querySelector('.original-title')?.textContent).toBe(
      'Flash floods kill four in northern Italy, thousands evacuated',
    );
    expect(container.querySelector('.finding-credit')?.textContent).toBe('No credit to AFP found');
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

  it('credits a credited copy, and sets an Arabic original right to left', async () => {
    const explanation = await explanationIn('ar', 'copy.html');
    const { container } = render(<Report explanation={explanation} tabId={7} />);
    expect(container.querySelector('.verdict-word')?.textContent).toBe('Syndicated copy of AFP');
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
    expect(container.textContent).toContain(ATTACKS.altered);
  });
});

describe('the popup with nothing to explain', () => {
  it('says so in a status region with its heading and what to do', () => {
    render(
      <EmptyState title="No wire original found">
        <button type="button">Check this page now</button>
      </EmptyState>,
    );
    const status = screen.getByRole('status');
    expect(status.querySelector('h2')?.textContent).toBe('No wire original found');
    expect(screen.getByRole('button', { name: 'Check this page now' })).toBeTruthy();
  });
});
