import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** What a folder's files are taken for pages by: HTML and plain text. */
const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.txt']);

/**
 * The page files the command line was given: a file as it is named, a folder
 * as every page file under it (recursively, in name order, hidden ones left
 * out). A path that does not exist is kept, so that its line says so.
 */
export function pageFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (isFolder(path) ? filesUnder(path) : [path]));
}

function filesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && PAGE_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
