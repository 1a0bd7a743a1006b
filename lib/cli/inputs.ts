import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseStoriesJsonl } from '../corpus/jsonl.ts';
import type { Story } from '../corpus/story.ts';
import type { Article } from '../extract/article.ts';
import { extractFromHtml } from '../extract/html.ts';
import { extractFromText } from '../extract/plain-text.ts';

export class InputError extends Error {}

export function isHtmlFile(path: string): boolean {
  return ['.html', '.htm'].includes(extname(path).toLowerCase());
}

/** A page file as the extension would see it: HTML is extracted, plain text is taken as the page's text. */
export function readPage(path: string): Article {
  const content = readText(path);
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

/** A file's text: UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (older archives often are not). */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function firstLine(text: string): string | null {
  return (
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? null
  );
}
