import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isHttpUrl, parseStory, type Story } from '../lib/corpus/story.ts';
import { storyFromArticle } from '../lib/corpus/story-from-article.ts';
import { type Article, hasEnoughText } from '../lib/extract/article.ts';
import { wireOfCopy } from '../lib/extract/wire-copy.ts';
import { parseFeed } from '../lib/feeds/parse-feed.ts';
import { InputError } from './input-error.ts';
import { readPage, readText } from './inputs.ts';
import { pageFiles } from './page-files.ts';
import { USAGE } from './usage.ts';

/** A feed item shorter than this is a teaser, not a story: a bundle of teasers would match nothing. */
const MIN_FEED_WORDS = 80;

/**
 * `wiretrace bundle`: a story bundle (JSON Lines) from wire pages saved from a
 * browser, or from a feed file that carries whole stories, for `match
 * --corpus`, `index` and the extension's import. Each page's source is
 * `--source`, else the wire its dateline credits ("PARIS (AFP) -"); a page
 * with neither, or too little text, is left out with a line on standard error.
 */
export async function bundleCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { source: { type: 'string' }, feed: { type: 'string', multiple: true, default: [] } },
    allowPositionals: true,
  });
  const feeds = values.feed ?? [];
  if (positionals.length === 0 && feeds.length === 0)
    throw new InputError(`bundle needs a FILE, a FOLDER or --feed FEED\n${USAGE}`);
  if (feeds.length > 0 && !values.source)
    throw new InputError('bundle --feed needs --source: a feed names no wire');
  const stories: Story[] = [];
  let left = 0;
  const leave = (file: string, why: string) => {
    left++;
    process.stderr.write(`wiretrace: ${file}: left out: ${why}\n`);
  };
  for (const file of pageFiles(positionals)) {
    try {
      const story = pageStory(file, readPage(file), values.source);
      if (typeof story === 'string') leave(file, story);
      else stories.push(story);
    } catch (error) {
      leave(file, error instanceof Error ? error.message : String(error));
    }
  }
  for (const file of feeds) stories.push(...feedStories(file, values.source as string, leave));
  const unique = new Map(stories.map((story) => [`${story.source}|${story.id}`, story]));
  for (const story of unique.values()) process.stdout.write(`${JSON.stringify(story)}\n`);
  process.stderr.write(
    `${unique.size} ${unique.size === 1 ? 'story' : 'stories'} in the bundle, ${left} left out\n`,
  );
  return left > 0 ? 1 : 0;
}

/** A saved page as a wire story, or why it is none. */
function pageStory(file: string, article: Article, source: string | undefined): Story | string {
  if (!hasEnoughText(article)) return 'too little article text';
  const wire = source ?? wireOfCopy(article);
  if (!wire) return 'no wire named: its dateline credits none, and no --source was given';
  const url = article.canonicalUrl && isHttpUrl(article.canonicalUrl) ? article.canonicalUrl : null;
  return checked(
    storyFromArticle(article, {
      id: url ?? basename(file),
      source: wire,
      title: article.title ?? basename(file),
      ...(url ? { url } : {}),
      ...(article.language ? { language: article.language } : {}),
    }),
  );
}

/** A feed file's items that carry a whole story, as stories of `source`. */
function feedStories(file: string, source: string, leave: (file: string, why: string) => void): Story[] {
  let items: ReturnType<typeof parseFeed>['items'];
  try {
    items = parseFeed(readText(file)).items;
  } catch (error) {
    leave(file, error instanceof Error ? error.message : String(error));
    return [];
  }
  const whole = items.filter((item) => item.paragraphs.join(' ').split(/\s+/).length >= MIN_FEED_WORDS);
  if (whole.length < items.length)
    leave(
      file,
      `${items.length - whole.length} of its ${items.length} items are teasers (under ${MIN_FEED_WORDS} words)`,
    );
  return whole.map((item) =>
    checked({
      id: item.id,
      source,
      title: item.title,
      text: item.paragraphs.join('\n\n'),
      // The feed reader keeps an item's link only when it is http(s).
      ...(item.url ? { url: item.url } : {}),
      ...(item.published ? { published: item.published } : {}),
      ...(item.byline ? { byline: item.byline } : {}),
    }),
  );
}

/** A story as the bundle's readers will check it: what would not import is not written. */
function checked(story: Story): Story {
  return parseStory(JSON.parse(JSON.stringify(story)));
}
