import { describe, expect, it } from 'vitest';
import type { Story } from '../lib/corpus/story.ts';
import { Matcher } from '../lib/engine/matcher.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { comparableLanguages } from '../lib/language/close-languages.ts';

/** A wire story in Indonesian, written for this test. */
const PARAGRAPHS = [
  'Banjir bandang melanda tiga desa di Kabupaten Garut, Jawa Barat, pada Minggu pagi setelah hujan deras mengguyur wilayah itu selama dua belas jam tanpa henti.',
  'Badan Penanggulangan Bencana Daerah mengatakan sedikitnya tujuh warga meninggal dunia dan lebih dari seribu orang terpaksa mengungsi ke masjid dan sekolah terdekat.',
  'Kepala BPBD Garut, Asep Sudrajat, menuturkan bahwa tim penyelamat masih mencari empat warga yang dilaporkan hilang terseret arus sungai Cimanuk.',
  'Pemerintah provinsi menetapkan status tanggap darurat selama empat belas hari dan mengirimkan bantuan logistik berupa makanan, selimut, dan obat-obatan.',
];

function pageIn(lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Banjir bandang di Garut</title></head>
<body><article><h1>Banjir bandang di Garut</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function storyIn(language: string): Story {
  return {
    id: `wire-${language}`,
    source: 'Antara',
    title: 'Banjir bandang di Garut',
    text: PARAGRAPHS.join('\n\n'),
    language,
  };
}

describe('languages so close a detector tells them apart by a word or two', () => {
  it('are compared: an Indonesian copy of a story the cache read as Malay is still a copy', async () => {
    const matcher = new Matcher();
    matcher.addStory(storyIn('ms'));
    const result = await matcher.match(extractFromHtml(pageIn('id')));
    expect(result.status).toBe('judged');
    if (result.status !== 'judged') return;
    expect(result.explanation).toMatchObject({ verdict: 'syndicated', original: { id: 'wire-ms' } });
  });

  it('are the named groups only: Indonesian is never compared with English, Danish never with Swedish', () => {
    expect(comparableLanguages('id', 'ms')).toBe(true);
    expect(comparableLanguages('ms', 'id')).toBe(true);
    expect(comparableLanguages('no', 'da')).toBe(true);
    expect(comparableLanguages('hr', 'sr')).toBe(true);
    expect(comparableLanguages('id', 'en')).toBe(false);
    expect(comparableLanguages('da', 'sv')).toBe(false);
    expect(comparableLanguages('pt', 'es')).toBe(false);
  });
});
