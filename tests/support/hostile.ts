import type { Story } from '../../lib/corpus/story.ts';

/**
 * A wire story whose every string is an attack on whatever displays it, and a
 * page that rewrites it: markup, script and event-handler injections, a
 * style-breaking string, and a script URL in a quote. Displayed anywhere by
 * Wiretrace, each must stay visible text; any that runs sets window.__wtXss.
 */
export const ATTACKS = {
  source: 'AFP<img src=x onerror="window.__wtXss=1">',
  title: '</title><script>window.__wtXss=2</script>Storm "closes" <b>ports</b>',
  quote: '<script>window.__wtXss=3</script>We will rebuild every quay',
  altered: '<img src=x onerror="window.__wtXss=4">We will rebuild the quays',
  css: '</style><style>*{display:none!important}</style>',
  link: 'javascript:window.__wtXss=5',
};

export const HOSTILE_STORY: Story = {
  id: 'hostile-storm-ports',
  source: ATTACKS.source,
  title: ATTACKS.title,
  url: 'https://wire.example/storm?<script>=1',
  published: '2026-11-20T08:00:00Z',
  text: [
    'A winter storm closed the ports of Calvera and Ostmund on Thursday, stranding 41 cargo ships and about 9,300 ferry passengers as gusts reached 130 km/h, the Halvard coast guard said.',
    `"${ATTACKS.quote}," harbour master Jonas Pyrrhic told reporters at the Calvera terminal. ${ATTACKS.css}`,
    'Power lines came down across the Ostmund peninsula, leaving 22,000 homes without electricity, grid operator NordLinje said. Crews expected to restore most connections by Saturday.',
    `The regional council approved 12 million crowns in emergency aid, council leader Ada Voss said, adding that schools would stay shut on Friday. See ${ATTACKS.link} for updates.`,
  ].join('\n\n'),
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news site's rewrite of the hostile story, every string shown on the page as text. */
export function hostileRewritePage(): string {
  const paragraphs = [
    'A winter storm shut the ports of Calvera and Ostmund on Thursday, stranding 41 cargo ships and around 9,300 ferry passengers as gusts hit 130 km/h, according to the Halvard coast guard.',
    `"${ATTACKS.altered}," harbour master Jonas Pyrrhic said at the Calvera terminal. ${ATTACKS.css}`,
    'Power lines fell across the Ostmund peninsula, leaving 22,000 homes without power, grid operator NordLinje said, and crews hoped to restore most connections by Saturday.',
    'The regional council approved 12 million crowns in emergency aid, council leader Ada Voss said. Schools will stay shut on Friday.',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(ATTACKS.title)}</title>
<meta property="article:published_time" content="2026-11-20T14:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/">Weather</a></nav></header>
<main><article><h1>${escapeHtml(ATTACKS.title)}</h1><p class="byline">By Staff</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></main>
<footer>© The Daily Example</footer></body></html>`;
}
