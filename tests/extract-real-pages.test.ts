import { describe, expect, it } from 'vitest';
import { isCreditLine, isPhotoCredit } from '../lib/extract/credits.ts';
import { extractFromHtml } from '../lib/extract/html.ts';

/**
 * The page layouts that made the earlier extractor lose real articles
 * (issue 14), each written here as a small page of our own: none may come back.
 */
const STORY = [
  'The city council voted on Tuesday to close the old Ferry Street bridge for at least eight months, after inspectors found cracks in two of its steel supports.',
  'Engineers said the bridge, which carries about 14,000 vehicles a day, was not in immediate danger of collapse but could not safely take heavy trucks.',
  'Drivers will be sent over the Harbour Road crossing, adding about ten minutes to the morning commute, the city transport department said.',
  'Repairs are expected to cost 6.2 million dollars, to be shared between the city and the regional government.',
];
const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');
const page = (body: string, { bodyAttributes = '', head = '' } = {}) =>
  `<!doctype html><html><head><title>Bridge to close for repairs</title>${head}</head><body ${bodyAttributes}>${body}</body></html>`;
const text = (html: string) => extractFromHtml(html).paragraphs.join('\n');

describe('real page layouts', () => {
  it.each([
    [
      'a layout class on the body',
      { bodyAttributes: 'class="one-sidebar no-sidebar l-sidebar-fixed cookies-not-set modal-enabled"' },
    ],
    ['an ad-margin class on the page', { bodyAttributes: 'class="Page-ad-margins"' }],
  ])('keeps the article whatever %s says', (_, options) => {
    const html = page(
      `<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article class="post tag-consider-this"><h1>Bridge to close for repairs</h1>${paragraphs(STORY)}</article></main><aside class="sidebar"><p>Most read: a list of links.</p></aside>`,
      options,
    );
    expect(text(html)).toBe(STORY.join('\n'));
  });

  it.each([
    ['table rows', (body: string) => `<table><tbody><tr><td>${body}</td></tr></tbody></table>`],
    ['a span', (body: string) => `<span class="story">${body}</span>`],
    ['a custom element', (body: string) => `<app-root><story-body>${body}</story-body></app-root>`],
  ])('reads paragraphs laid out in %s, and never the scripts among them', (_, layout) => {
    const html = page(layout(`${paragraphs(STORY)}<script>window.tracker = "do not read this";</script>`));
    expect(text(html)).toBe(STORY.join('\n'));
  });

  it('keeps an article in German, French or Chinese', () => {
    const stories = {
      de: [
        'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke in der Fährstraße für mindestens acht Monate zu sperren, nachdem Prüfer Risse an zwei Stahlträgern gefunden hatten.',
        'Die Brücke, über die täglich etwa 14.000 Fahrzeuge fahren, sei nicht akut einsturzgefährdet, könne aber keine schweren Lastwagen mehr tragen, sagten Ingenieure.',
        'Die Reparatur soll 6,2 Millionen Euro kosten, die sich Stadt und Land teilen.',
      ],
      fr: [
        'Le conseil municipal a voté mardi la fermeture du vieux pont de la rue du Bac pour au moins huit mois, après la découverte de fissures sur deux de ses piliers en acier.',
        "Selon les ingénieurs, le pont, emprunté chaque jour par environ 14 000 véhicules, ne risque pas de s'effondrer mais ne peut plus supporter les poids lourds.",
        'Les travaux devraient coûter 6,2 millions d’euros, partagés entre la ville et la région.',
      ],
      zh: [
        '市议会周二投票决定，在检查人员发现两根钢支柱出现裂缝后，将渡口街老桥关闭至少八个月。',
        '工程师表示，这座每天约有一万四千辆车通行的桥梁没有立即倒塌的危险，但已无法安全承载重型卡车。',
        '维修费用预计为六百二十万元，由市政府和地区政府分担。',
      ],
    };
    for (const [language, story] of Object.entries(stories)) {
      const html = page(
        `<header><a href="/">Startseite</a></header><article>${paragraphs(story)}</article><footer>© 2026</footer>`,
      );
      expect(text(html), language).toBe(story.join('\n'));
    }
  });

  it('leaves out what trails the article: a newsletter prompt, an author box, the next article', () => {
    const html = page(
      `<article><h1>Bridge to close for repairs</h1>${paragraphs(STORY)}<div class="newsletter"><h3>Get the morning briefing</h3><a href="/signup">Sign up</a></div><div class="author"><p>Tags: <a href="/t/bridges">Bridges</a> <a href="/t/traffic">Traffic</a></p></div><p><a href="/next">Next: Council approves new bus lanes on Main Street</a></p></article>`,
    );
    expect(text(html)).toBe(STORY.join('\n'));
  });

  it('keeps a lead that opens "With …", an AP "The Latest" lead, and no comment text', () => {
    const lead =
      'With winter approaching, the city council voted on Tuesday to close the old Ferry Street bridge.';
    const latest = 'The Latest on the Ferry Street bridge closure (all times local):';
    const html = page(
      `<article><!-- hearst/home/navigation.tpl --><p>${latest}</p><p>${lead}</p>${paragraphs(STORY.slice(1))}<p>Police said the suspect and/or his partner fled on foot.</p></article>`,
    );
    const article = extractFromHtml(html);
    expect(article.paragraphs).toContain(lead);
    expect(article.paragraphs).toContain(latest);
    expect(article.paragraphs).toContain('Police said the suspect and/or his partner fled on foot.');
    expect(article.paragraphs.join(' ') + article.credits.join(' ')).not.toContain('navigation.tpl');
    expect(isCreditLine(lead)).toBe(false);
    expect(isPhotoCredit('Police said the suspect and/or his partner fled on foot.')).toBe(false);
    for (const credit of [
      'With AFP',
      'Via Reuters',
      'With additional reporting by Jane Doe',
      'REUTERS/Albert Gea',
    ])
      expect(isCreditLine(credit), credit).toBe(true);
  });

  it('never takes a cookie banner or a consent dialog for the article, and says why a page has none', () => {
    const banner =
      '<div class="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept our use of cookies and our privacy policy. Accept all or manage your choices.</p><button>Accept all</button></div>';
    const withArticle = extractFromHtml(
      page(`<div role="dialog" aria-modal="true">${banner}</div><article>${paragraphs(STORY)}</article>`),
    );
    expect(withArticle.paragraphs).toEqual(STORY);
    const bannerOnly = extractFromHtml(page(banner));
    expect(bannerOnly.paragraphs).toEqual([]);
    expect(bannerOnly.refusal).toMatch(/cookie or consent notice/);
    const links = extractFromHtml(
      page(
        `<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} in the list</a></li>`).join('')}</ul>`,
      ),
    );
    expect(links.paragraphs).toEqual([]);
    expect(links.refusal).toMatch(/list of links/);
  });
});
