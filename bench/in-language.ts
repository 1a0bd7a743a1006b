import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../lib/corpus/story.ts';
import { FUNCTION_WORDS, madeUpWord, Random, SYLLABLES } from './synthetic.ts';

/**
 * News-like stories and their rewrites in English, Chinese or Arabic, built
 * the same way in each (as bench/synthetic.ts builds English ones): a
 * Zipf-drawn vocabulary of 5,000 words, its own function words between them,
 * names and numbers, sentences of 12 to 30 words. English and Arabic words
 * are made up of syllables in their script; Chinese ones are real words (two
 * characters of our fixtures' that Intl.Segmenter's dictionary keeps as one
 * word), since made-up ones would be cut into single characters. Only what
 * the language does to reading differs: Chinese is cut into words, Arabic is
 * stemmed, each has its stopwords.
 */
export type BenchLanguage = 'en' | 'zh' | 'ar';

interface Script {
  syllables: readonly string[];
  functionWords: readonly string[];
  space: string;
  stop: string;
}

const SCRIPTS: Record<BenchLanguage, Script> = {
  en: {
    syllables: SYLLABLES,
    functionWords: FUNCTION_WORDS,
    space: ' ',
    stop: '.',
  },
  zh: {
    syllables: [],
    functionWords: '的 了 在 是 和 与 对 将 也 已 从 由 为 并 等 中 上 说 表示 他们'.split(' '),
    space: '',
    stop: '。',
  },
  ar: {
    syllables: 'كا لو مي رن ستا فو دل برا نك تي بار قو زن فا غري مون سل تور'.split(' '),
    functionWords: 'في من على إلى أن عن مع التي الذي هذا هذه كان قد بعد وقال كما ثم أو لكن حيث'.split(' '),
    space: ' ',
    stop: '.',
  },
};

const VOCABULARY_SIZE = 5_000;
const vocabularies = new Map<BenchLanguage, string[]>();

function vocabulary(language: BenchLanguage): string[] {
  let words = vocabularies.get(language);
  if (words) return words;
  words = language === 'zh' ? chineseWords() : madeUpWords(SCRIPTS[language].syllables);
  vocabularies.set(language, words);
  return words;
}

function madeUpWords(syllables: readonly string[]): string[] {
  return Array.from({ length: VOCABULARY_SIZE }, (_, rank) => madeUpWord(rank, syllables));
}

/** Two-character words of the characters in our Chinese fixtures, as Intl.Segmenter knows them, in a shuffled order. */
function chineseWords(): string[] {
  const dir = join(import.meta.dirname, '../tests/fixtures/languages/zh');
  const texts = [
    join(dir, 'stories.jsonl'),
    ...readdirSync(join(dir, 'pages')).map((p) => join(dir, 'pages', p)),
  ];
  const characters = [
    ...new Set(texts.flatMap((file) => readFileSync(file, 'utf8').match(/\p{Script=Han}/gu) ?? [])),
  ];
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = characters.flatMap((a) =>
    characters.map((b) => a + b).filter((pair) => [...segmenter.segment(pair)].length === 1),
  );
  const random = new Random(7);
  for (let i = words.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  if (words.length < VOCABULARY_SIZE) throw new Error(`only ${words.length} Chinese words in the fixtures`);
  return words.slice(0, VOCABULARY_SIZE);
}

/** A sentence and the number of words it was made of (Chinese shows no spaces to count them by). */
function sentence(random: Random, language: BenchLanguage, names: readonly string[]): [string, number] {
  const { functionWords, space, stop } = SCRIPTS[language];
  const words = vocabulary(language);
  const out: string[] = [];
  for (let i = 12 + random.int(18); i > 0; i--) {
    const roll = random.next();
    if (roll < 0.42) out.push(functionWords[random.int(functionWords.length)] as string);
    else if (roll < 0.5) out.push(names[random.int(names.length)] as string);
    else if (roll < 0.53) out.push(String(random.int(2000)));
    else out.push(words[random.zipf(VOCABULARY_SIZE)] as string);
  }
  const text = out.join(space);
  return [
    language === 'en' ? `${text[0]?.toUpperCase()}${text.slice(1)}${stop}` : `${text}${stop}`,
    out.length,
  ];
}

export function storyIn(language: BenchLanguage, random: Random, id: number, words: number): Story {
  const vocabularyOf = vocabulary(language);
  const names = Array.from({ length: 4 }, () => {
    const name = vocabularyOf[random.int(VOCABULARY_SIZE)] as string;
    return language === 'en' ? `${name[0]?.toUpperCase()}${name.slice(1)}` : name;
  });
  const paragraphs: string[] = [];
  for (let count = 0; count < words; ) {
    const [first, firstWords] = sentence(random, language, names);
    const [second, secondWords] = sentence(random, language, names);
    count += firstWords + secondWords;
    paragraphs.push(first + SCRIPTS[language].space + second);
  }
  return {
    id: `${language}-${id}`,
    source: 'Test Wire',
    title: `${language} ${id}`,
    language,
    text: paragraphs.join('\n\n'),
  };
}

/** A page that rewrote the story: one word in eight swapped, in a local site's layout, right to left for Arabic. */
export function rewriteIn(language: BenchLanguage, random: Random, story: Story): string {
  const words = vocabulary(language);
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const body = story.text.split('\n\n').map((paragraph) => {
    const swapped = [...segmenter.segment(paragraph)].map(({ segment, isWordLike }) =>
      isWordLike && random.next() < 0.12 ? (words[random.zipf(VOCABULARY_SIZE)] as string) : segment,
    );
    return `<p>${swapped.join('')}</p>`;
  });
  const dir = language === 'ar' ? ' dir="rtl"' : '';
  return `<!doctype html><html lang="${language}"${dir}><head><meta charset="utf-8"><title>${story.title}</title>
<meta property="article:published_time" content="2026-11-20T10:00:00Z"></head>
<body><header><nav><a href="/">${words[0]}</a><a href="/1">${words[1]}</a></nav></header>
<main><article><h1>${story.title}</h1>${body.join('\n')}</article></main><footer><p>© 2026</p></footer></body></html>`;
}
