import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseStoriesJsonl } from '../lib/corpus/jsonl.ts';
import type { Story } from '../lib/corpus/story.ts';
import type { Article } from '../lib/extract/article.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { MAX_PAGE_HTML } from '../lib/extract/page-size.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { InputError } from './input-error.ts';

export function isHtmlFile(path: string): boolean {
  return ['.html', '.htm'].includes(extname(path).toLowerCase());
}

/** A page file as the extension would see it: HTML is extracted, plain text is taken as the page's text. */
export function readPage(path: string): Article {
  const content = readText(path);
  // Characters, as the content script counts them: a page past the extension's size is not read here either.
  if (content.length > MAX_PAGE_HTML)
    throw new InputError(
      `${path} is ${megabytes(content.length)} of text; a page is read up to ${megabytes(MAX_PAGE_HTML)}, as the extension reads it`,
    );
  return isHtmlFile(path) ? extractFromHtml(content) : extractFromText(content);
}

export function readCorpus(path: string): Story[] {
  try {
    return parseStoriesJsonl(readText(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
}

/** An original given as a file: its text, or the article extracted from it when it is HTML. */
export function readOriginal(path: string, source: string): Story {
  const content = readText(path);
  refuseBundle(path, content);
  const article = isHtmlFile(path) ? extractFromHtml(content) : null;
  return {
    id: path,
    source,
    title: article?.title ?? firstLine(content) ?? path,
    text: article ? [...article.paragraphs, ...article.credits].join('\n\n') : content,
    ...(article?.published ? { published: article.published } : {}),
    ...(article?.canonicalUrl ? { url: article.canonicalUrl } : {}),
  };
}

/**
 * A bundle or JSONL corpus given where one story's text belongs would be
 * compared as raw JSON: say what it is and how to pick a story from it.
 */
function refuseBundle(path: string, content: string): void {
  if (!/^\s*\{/.test(content)) return;
  let count: number;
  try {
    count = parseStoriesJsonl(content).length;
  } catch {
    return;
  }
  throw new InputError(
    `${path} holds ${count === 1 ? 'a story' : `${count} stories`} as JSON lines, not a story's text: pick one with \`wiretrace diff --corpus ${path} --id ID PAGE\``,
  );
}

/** The largest file read: a file is read whole, and JavaScript's strings end a little past 512 MB. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}

const WHY_UNREADABLE: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  EMFILE: 'too many files open',
};

/**
 * A file's text: UTF-8, or Windows-1252 when the bytes are not valid UTF-8
 * (older archives often are not). A file of binary data (an image, a PDF, a
 * compressed archive) is refused rather than read as text in some language.
 */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES)
      throw new InputError(
        `cannot read ${path}: it is ${megabytes(size)}, and a file is read whole, up to ${megabytes(MAX_INPUT_BYTES)} (split it into smaller files)`,
      );
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = Object.hasOwn(WHY_UNREADABLE, code) ? WHY_UNREADABLE[code] : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (isBinary(bytes)) throw new InputError(`${path} is not a text or HTML file (it holds binary data)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A NUL byte, or more than one byte in ten a control character other than tab, line breaks and form feed, in the first 8 KB. */
function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8_192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control > head.length / 10;
}

function firstLine(text: string): string | null {
  return (
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? null
  );
}
