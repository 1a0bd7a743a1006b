import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../extension/content/looks-like-article.ts';

function page(paragraphs: string[], head = ''): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const english =
  'The river broke its banks at two points overnight, and some 800 residents had to leave their homes.';
const chinese = '杭州地铁十九号线1日上午正式开通运营，全长59.1公里，共设车站15座，连接三大交通枢纽。';
const arabic =
  'شرّدت الفيضانات آلاف الأسر في ولاية نهر النيل بعد أيام من الأمطار الغزيرة، وفق ما أعلنت السلطات.';

describe('the content script’s first look at a page', () => {
  it('takes three long paragraphs in any script for an article', () => {
    expect(looksLikeArticle(page([english, english, english]))).toBe(true);
    expect(chinese.length).toBeLessThan(100);
    expect(looksLikeArticle(page([chinese, chinese, chinese]))).toBe(true);
    expect(looksLikeArticle(page([arabic, arabic, arabic]))).toBe(true);
  });

  it('leaves alone a page of short lines, unless its metadata says article', () => {
    const menu = ['Home', 'World', 'Business', '首页', '国际', 'Sign in to read more of our journalism.'];
    expect(looksLikeArticle(page(menu))).toBe(false);
    expect(looksLikeArticle(page([chinese.slice(0, 20), chinese.slice(0, 20), chinese.slice(0, 20)]))).toBe(
      false,
    );
    expect(looksLikeArticle(page(menu, '<meta property="og:type" content="article">'))).toBe(true);
  });
});
