import { describe, expect, it } from 'vitest';
import { CorpusError, parseStoriesJsonl, storiesToJsonl } from '../lib/corpus/jsonl.ts';

const good = { id: 'a', source: 'Reuters', title: 'T', text: 'Body.' };

describe('parseStoriesJsonl', () => {
  it('reads one story a line, with optional fields, and writes them back', () => {
    const text = `${JSON.stringify(good)}\n\n${JSON.stringify({ ...good, id: 'b', url: 'https://x.example/b', published: '2026-01-02' })}\n`;
    const stories = parseStoriesJsonl(text);
    expect(stories.map((s) => s.id)).toEqual(['a', 'b']);
    expect(parseStoriesJsonl(storiesToJsonl(stories))).toEqual(stories);
  });

  it.each([
    ['{not json', /line 2: not valid JSON/],
    ['[]', /line 2: a story must be a JSON object/],
    [JSON.stringify({ ...good, id: 'c', text: '' }), /line 2: "text" must be a non-empty string/],
    [
      JSON.stringify({ ...good, id: 'c', url: 'javascript:alert(1)' }),
      /line 2: "url" must be an http\(s\) URL/,
    ],
    [JSON.stringify({ ...good, id: 'c', published: 'yesterday' }), /line 2: "published" must be a date/],
    [JSON.stringify(good), /line 2: duplicate id "a"/],
  ])('rejects the whole bundle at a bad line: %s', (line, message) => {
    const parse = () =>
      parseStoriesJsonl(`${JSON.stringify(good)}\n${line}\n${JSON.stringify({ ...good, id: 'z' })}`);
    expect(parse).toThrow(CorpusError);
    expect(parse).toThrow(message);
  });
});
