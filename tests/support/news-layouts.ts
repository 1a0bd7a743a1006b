import { extractFromHtml } from '../../lib/extract/html.ts';
import { readFixturePage } from './fixtures.ts';
import { readLanguagePage } from './language-fixtures.ts';

/**
 * A fixture article laid out as real news sites lay theirs out, where a badge
 * placed "just above the headline" covers something: a logo in an h1,
 * breadcrumbs and a date over the headline, a sticky header, a hero image, a
 * two-column page with a sidebar, a section label and share buttons hugging
 * the headline, a full-bleed mobile page, and a right-to-left page. Our own
 * markup around our own fixture text; served at /layouts/NAME.html.
 */
export const NEWS_LAYOUTS = [
  'logo-h1',
  'breadcrumbs-date',
  'sticky-header',
  'hero-image',
  'two-column',
  'kicker-share',
  'full-bleed',
  'right-to-left',
] as const;
export type NewsLayout = (typeof NEWS_LAYOUTS)[number];

const STYLE = `
  body { margin: 0; font: 17px/1.5 Georgia, serif; color: #111; background: #fff; }
  a { color: #0645ad; }
  .site { display: flex; align-items: center; gap: 16px; padding: 8px 16px; border-bottom: 1px solid #ddd; flex-wrap: wrap; }
  .site h1, .site .logo { margin: 0; font-size: 22px; }
  .site nav a { margin-right: 12px; font: 14px sans-serif; }
  main { max-width: 720px; margin: 0 auto; padding: 0 16px; }
  article h1 { font-size: 34px; line-height: 1.15; margin: 4px 0 8px; }
  .meta { font: 13px sans-serif; color: #555; margin: 0; }
  img { display: block; max-width: 100%; height: auto; background: #cde; }
`;

function logo(tag: 'h1' | 'div'): string {
  return `<${tag} class="logo"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The Valley Ledger" width="180" height="36"></a></${tag}>`;
}

const NAV =
  '<nav><a href="/world">World</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav>';

function article(title: string, paragraphs: string[], before = '', after = ''): string {
  return `<article>${before}<h1>${title}</h1>${after}<p class="meta">By Giulia Ferraro · <time datetime="2026-10-19T09:00:00Z">October 19, 2026</time></p>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</article>`;
}

function page(title: string, body: string, extraStyle = '', html = '<html lang="en">'): string {
  return `<!doctype html>${html}<head><meta charset="utf-8"><title>${title} | The Valley Ledger</title><meta property="og:type" content="article"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}${extraStyle}</style></head><body>${body}</body></html>`;
}

function source(name: 'en' | 'ar'): { title: string; paragraphs: string[] } {
  const html =
    name === 'en' ? readFixturePage('flood-paraphrase.html') : readLanguagePage('ar', 'rewrite.html');
  const extracted = extractFromHtml(html ?? '');
  return { title: extracted.title ?? '', paragraphs: extracted.paragraphs };
}

export function newsLayoutPage(layout: string): string | null {
  const { title, paragraphs } = source(layout === 'right-to-left' ? 'ar' : 'en');
  const header = `<header class="site">${logo('h1')}${NAV}</header>`;
  switch (layout) {
    case 'logo-h1':
      return page(title, `${header}<main>${article(title, paragraphs)}</main>`);
    case 'breadcrumbs-date':
      return page(
        title,
        `<header class="site">${logo('div')}${NAV}</header><main>${article(
          title,
          paragraphs,
          '<nav class="crumbs" style="font:13px sans-serif;margin:6px 0 0"><a href="/">Home</a> › <a href="/world">World</a> › <a href="/world/europe">Europe</a></nav><p class="meta" style="margin:2px 0 0"><time datetime="2026-10-19T09:00:00Z">Updated 19 October 2026, 09:00</time></p>',
        )}</main>`,
      );
    case 'sticky-header':
      return page(
        title,
        `<header class="site" style="position:sticky;top:0;background:#fff;z-index:10;height:56px">${logo('div')}${NAV}<button type="button" style="margin-left:auto">Subscribe</button></header><main>${article(title, paragraphs)}</main>`,
      );
    case 'hero-image':
      return page(
        title,
        `${header}<figure style="margin:0"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Flooded valley" width="1400" height="420" style="width:100%;height:420px;object-fit:cover"></figure><main>${article(title, paragraphs)}</main>`,
      );
    case 'two-column':
      return page(
        title,
        `${header}<div class="columns"><main>${article(title, paragraphs)}</main><aside><h2>Most read</h2><ol>${[
          'Council approves new bridge',
          'Rail strike called off',
          'Harvest festival returns',
          'Schools reopen after storm',
        ]
          .map((t, i) => `<li><a href="/story/${i}">${t}</a></li>`)
          .join('')}</ol></aside></div>`,
        '.columns { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; } .columns main { flex: 1; margin: 0; } aside { width: 300px; font: 15px sans-serif; } @media (max-width: 700px) { .columns { display: block; } aside { width: auto; padding: 0 16px; } }',
      );
    case 'kicker-share':
      return page(
        title,
        `${header}<main>${article(
          title,
          paragraphs,
          '<p class="meta" style="margin:10px 0 0;text-transform:uppercase;letter-spacing:1px"><a href="/world">World news</a></p>',
          '<div class="share" style="display:flex;gap:8px;margin:0 0 6px"><button type="button">Share</button><button type="button">Save</button><a href="#comments">12 comments</a></div>',
        )}</main>`,
      );
    case 'full-bleed':
      return page(
        title,
        `${header}<div style="padding:0 4px">${article(title, paragraphs)}</div>`,
        'article h1 { font-size: 40px; margin-top: 0; }',
      );
    case 'right-to-left':
      return page(
        title,
        `<header class="site">${logo('h1')}<nav><a href="/ar/world">العالم</a><a href="/ar/economy">اقتصاد</a><a href="/ar/sport">رياضة</a></nav></header><main>${article(title, paragraphs)}</main>`,
        '',
        '<html lang="ar" dir="rtl">',
      );
    default:
      return null;
  }
}
