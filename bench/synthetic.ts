import type { Story } from '../lib/corpus/story.ts';

/**
 * Generated news-like stories for benchmarks: a Zipf-distributed vocabulary of
 * made-up words, function words between them, names and numbers, so that
 * index and matcher see realistic term frequencies at any corpus size.
 */
export const FUNCTION_WORDS =
  'the of and to in a that for on with as by at from was said is it its has have were will after over but'.split(
    ' ',
  );
const VOCABULARY_SIZE = 40_000;

export class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 2 ** 32;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  /** An index in [0, size) drawn with probability proportional to 1 / (rank + 1). */
  zipf(size: number): number {
    return Math.min(size - 1, Math.floor(Math.exp(this.next() * Math.log(size + 1))) - 1);
  }
}

export const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sta',
  'vo',
  'dul',
  'pra',
  'nek',
  'ti',
  'bar',
  'quo',
  'zen',
  'fa',
  'gri',
  'mon',
  'sel',
  'tur',
];

/** The made-up word of a rank: its digits in base `syllables.length`, each a syllable. */
export function madeUpWord(rank: number, syllables: readonly string[] = SYLLABLES): string {
  let word = '';
  for (let n = rank + 7; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
  return word;
}

const VOCABULARY = Array.from({ length: VOCABULARY_SIZE }, (_, i) => madeUpWord(i));

function sentence(random: Random, names: string[]): string {
  const length = 12 + random.int(18);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random.next();
    if (roll < 0.42) words.push(FUNCTION_WORDS[random.int(FUNCTION_WORDS.length)] as string);
    else if (roll < 0.5) words.push(names[random.int(names.length)] as string);
    else if (roll < 0.53) words.push(String(random.int(2000)));
    else words.push(VOCABULARY[random.zipf(VOCABULARY_SIZE)] as string);
  }
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

export function syntheticStory(random: Random, id: number, words: number): Story {
  const names = Array.from({ length: 4 }, () => {
    const name = VOCABULARY[random.int(VOCABULARY_SIZE)] as string;
    return `${name[0]?.toUpperCase()}${name.slice(1)}`;
  });
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph = [sentence(random, names), sentence(random, names)].join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  return { id: `story-${id}`, source: 'Reuters', title: `Story ${id}`, text: paragraphs.join('\n\n') };
}

/** A page that rewrote a story: some words swapped, a paragraph of its own, inside page chrome. */
export function rewrittenPage(random: Random, story: Story): string {
  const paragraphs = story.text.split('\n\n').map((p) =>
    p
      .split(' ')
      .map((w) => (random.next() < 0.12 ? (VOCABULARY[random.zipf(VOCABULARY_SIZE)] as string) : w))
      .join(' '),
  );
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const related = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/r${i}">Related headline number ${i}</a></li>`,
  ).join('');
  return `<!doctype html><html><head><title>${story.title} | Example Times</title>
<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2026-11-20T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a></nav></header>
<main><article><h1>${story.title}</h1><p class="byline">By Staff</p>${body}
<aside class="related"><h3>Related</h3><ul>${related}</ul></aside></article></main>
<footer><p>© Example Times</p><a href="/privacy">Privacy policy</a></footer></body></html>`;
}
