import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';
import { foldTypography } from '../lib/normalize/fold.ts';
import { splitSentences } from '../lib/normalize/sentences.ts';
import { paragraphsOf } from '../lib/normalize/text-lines.ts';
import { tokenize } from '../lib/normalize/tokens.ts';

describe('foldTypography', () => {
  it('folds curly quotes, dashes, odd spaces and invisible characters', () => {
    expect(foldTypography('\u201cIt\u2019s\u00a0done\u201d \u2013 he said\u200b\u2026')).toBe(
      '"It\'s done" - he said...',
    );
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations, initials or U.S.', () => {
    const text =
      'Mr. J. R. Smith met Gov. Brown in the U.S. capital on Jan. 5. He left at 3 p.m. The talks ended.';
    expect(splitSentences(text)).toEqual([
      'Mr. J. R. Smith met Gov. Brown in the U.S. capital on Jan. 5.',
      'He left at 3 p.m. The talks ended.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('"It has increased." The official left. "Why?" she asked.')).toEqual([
      '"It has increased."',
      'The official left.',
      '"Why?" she asked.',
    ]);
  });

  it('splits on question and exclamation marks before capitals and digits', () => {
    expect(splitSentences('Was it fair? No! 2026 will tell.')).toEqual([
      'Was it fair?',
      'No!',
      '2026 will tell.',
    ]);
  });
});

describe('tokenize', () => {
  it('marks words inside quotes and carries quote state across sentences', () => {
    const first = tokenize('"The risk has changed," he said. "It');
    expect(first.inQuote).toBe(true);
    const quoted = first.tokens.filter((t) => t.quoted && t.kind === 'word').map((t) => t.key);
    expect(quoted).toEqual(['the', 'risk', 'has', 'changed', 'it']);
    expect(tokenize('has increased."', true).tokens.find((t) => t.key === 'increased')?.quoted).toBe(true);
  });

  it('normalizes numbers, contractions, possessives and the names of the United States', () => {
    const keys = tokenize(
      "The U.S. and the United States paid $1,500 to Russia's firm, which isn't new.",
    ).tokens.map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(['usa', '1500', 'russia', 'is', 'not']));
    expect(keys.filter((k) => k === 'usa')).toHaveLength(2);
  });

  it('tells names from sentence-initial capitals', () => {
    const tokens = tokenize('Officials said Eugene Kaspersky founded NATO talks.').tokens;
    const proper = tokens.filter((t) => t.proper).map((t) => t.text);
    expect(proper).toEqual(['Eugene', 'Kaspersky', 'NATO']);
  });

  it('stems content words and leaves function words out of content', () => {
    const tokens = tokenize('The briefings were warning companies').tokens;
    expect(tokens.filter((t) => t.content).map((t) => t.stem)).toEqual(['brief', 'warn', 'compani']);
  });
});

describe('analyzeParagraphs', () => {
  it('marks a capitalised first word as a name when the text capitalises it elsewhere', () => {
    const text = analyzeParagraphs([
      'Microsoft declined to comment.',
      'Partners include Microsoft and Intel.',
    ]);
    expect(text.sentences[0]?.tokens[0]?.proper).toBe(true);
  });

  it('keeps credit lines out of the word count', () => {
    const text = analyzeParagraphs(['One two three four.', 'Reporting by Jane Doe'], {
      isCredit: (p) => p.startsWith('Reporting'),
    });
    expect(text.words).toBe(4);
    expect(text.sentences.map((s) => s.credit)).toEqual([false, true]);
  });

  it('splits text into paragraphs at blank lines and line ends, joining hard-wrapped lines', () => {
    const wrapped =
      'The council voted on Tuesday to close the old bridge for\nrepairs that will take most of the winter.';
    expect(paragraphsOf(`${wrapped}\n\nSecond paragraph.`)).toEqual([
      wrapped.replace('\n', ' '),
      'Second paragraph.',
    ]);
    expect(paragraphsOf('First line.\nSecond line.')).toEqual(['First line.', 'Second line.']);
  });

  it('joins a paragraph broken a phrase a line, quote marks on lines of their own glued back', () => {
    const broken = [
      'The ferry ',
      'operator ',
      'said on Monday ',
      'that crossings would resume.',
      'Its chief told reporters:',
      '"',
      'We are ready ',
      'to sail',
      '".',
    ].join('\n');
    expect(paragraphsOf(broken)).toEqual([
      'The ferry operator said on Monday that crossings would resume. Its chief told reporters: "We are ready to sail".',
    ]);
  });

  it('keeps a menu of lines apart, and reads a dash mid-sentence as a dash, not a list item', () => {
    expect(paragraphsOf('Home\nNews\nSport\nWeather')).toEqual(['Home', 'News', 'Sport', 'Weather']);
    const dashed = ['Three brothers were named', ' - which he denied', 'in court.'].join('\n');
    expect(paragraphsOf(dashed)).toEqual(['Three brothers were named - which he denied in court.']);
    expect(paragraphsOf('Bring:\n- a coat\n- a map')).toEqual(['Bring:', 'a coat', 'a map']);
  });
});
