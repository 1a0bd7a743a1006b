import { readFixturePage } from './fixtures.ts';

/**
 * Pages a second review built to attack the extension (issue: hostile pages,
 * second round), served by the e2e fixture server. Each is our own text.
 */

/**
 * A rewrite the cache has the original of, on a page that takes the badge's
 * old element name first (a constructor that holds its own shadow root, and no
 * shadow root for anyone else) and records every shadow root and element
 * internals made in its world.
 */
export function namesTakenPage(): string {
  const trap = `<script>
  window.__roots = 0;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { window.__roots++; return attach.call(this, init); };
  const internals = HTMLElement.prototype.attachInternals;
  HTMLElement.prototype.attachInternals = function () { window.__roots++; return internals.call(this); };
  class Taken extends HTMLElement {
    static disabledFeatures = ['shadow'];
    constructor() { super(); this.attachInternals(); }
  }
  customElements.define('wiretrace-badge', Taken);
</script>`;
  return readFixturePage('flood-paraphrase.html').replace('</head>', `${trap}</head>`);
}

const PLANTED = [
  'LONDON (Reuters) - Ministers agreed on Tuesday to a rescue package for the country\u2019s three largest ports, after weeks of talks with unions and shipping lines over job losses and unpaid wages.',
  'The package includes loans of 2.4 billion pounds and a promise to keep all 11,000 dock jobs for at least five years, the transport ministry said in a statement.',
  'Union leaders welcomed the deal but warned that they would strike again if the government failed to honour the job guarantees within the first year.',
  'Shipping lines said they would resume normal schedules from next week, ending a month of delays that left hundreds of containers stranded at sea.',
];

/** A page on an ordinary site whose body opens with Reuters' dateline, backdated: what a page can plant as an "original". */
export function plantedDatelinePage(): string {
  return `<html><head><title>Ministers agree port rescue</title>
<meta property="article:published_time" content="2019-01-01T00:00:00Z"></head>
<body><article><h1>Ministers agree port rescue</h1>${PLANTED.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** A later page that copies the planted one without its dateline. */
export function plantedRewritePage(): string {
  const paragraphs = PLANTED.map((p, i) => (i === 0 ? p.replace('LONDON (Reuters) - ', '') : p));
  return `<html><head><title>Port rescue agreed</title></head>
<body><article><h1>Port rescue agreed after weeks of talks</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** An article of about 100 KB whose paragraphs end in runs of . ! ? thousands long: text built to make a sentence splitter slow. */
export function punctuationRunPage(): string {
  const story = readFixturePage('flood-paraphrase.html');
  const runs = ['.', '!?', '?!.', '..!']
    .map(
      (stop) =>
        `<p>Officials said the water would recede by the weekend${stop.repeat(25_000 / stop.length)}</p>`,
    )
    .join('');
  return story.replace(
    '<div class="author">Marta Keller</div>',
    `<div class="author">Marta Keller</div>${runs}`,
  );
}

/** The fixture's independent report of the flood story, as a news site's page (the fixture is plain text). */
export function sameStoryPage(): string {
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [title, ...paragraphs] = readFixturePage('flood-independent.txt')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title></head>
<body><article><h1>${escapeHtml(title ?? '')}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
}
