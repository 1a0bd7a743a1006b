import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPage } from '../lib/engine/calibration-row.ts';
import type { ReuseClass } from '../lib/verdict/model.ts';
import { InputError } from './input-error.ts';
import { printable } from './printable.ts';

/**
 * A labelled set on disk, as `wiretrace calibrate` and `wiretrace eval` read
 * it (the README documents it):
 *   DIR/stories.jsonl             the wire stories: the cache the pages are matched against
 *   DIR/labels.csv (or truth.csv) one row a page: page, label[, sources][, group]
 *   DIR/pages/PAGE                the pages, HTML or plain text
 * `label` is wholly_derived, partially_derived or non_derived (or wholly,
 * partially, not); `sources` (or `pa_ids`) the ids of the stories the page
 * derives from, separated by semicolons; `group` (or `story`) names the story
 * a page is about, so that cross-validation keeps a story's pages together.
 */
export interface LabelledSet {
  stories: string;
  pages: (LabelledPage & { file: string })[];
}

/** The labels a set may use: a map, so that a label such as "constructor" or "__proto__" is only an unknown label. */
const LABELS: ReadonlyMap<string, ReuseClass> = new Map([
  ['wholly_derived', 'wholly'],
  ['wholly', 'wholly'],
  ['partially_derived', 'partial'],
  ['partially', 'partial'],
  ['partial', 'partial'],
  ['non_derived', 'not'],
  ['not', 'not'],
  ['none', 'not'],
]);

export function readLabelledSet(dir: string): LabelledSet {
  const stories = join(dir, 'stories.jsonl');
  const labels = ['labels.csv', 'truth.csv'].map((name) => join(dir, name)).find(existsSync);
  if (!existsSync(stories)) throw new InputError(`cannot read ${stories}: no such file`);
  if (!labels) throw new InputError(`cannot read ${join(dir, 'labels.csv')}: no such file (nor truth.csv)`);
  const [header, ...rows] = parseCsv(readFileSync(labels, 'utf8'));
  const column = (...names: string[]) => names.map((n) => header?.indexOf(n) ?? -1).find((i) => i >= 0) ?? -1;
  const [page, label, sources, group] = [
    column('page'),
    column('label'),
    column('sources', 'pa_ids'),
    column('group', 'story'),
  ];
  if (page < 0 || label < 0) throw new InputError(`${labels}: needs "page" and "label" columns`);
  const folder = existsSync(join(dir, 'pages')) ? join(dir, 'pages') : dir;
  const known = new Set(readdirSync(folder));
  return {
    stories,
    pages: rows.map((row, i) => {
      const file = row[page] ?? '';
      const cls = LABELS.get((row[label] ?? '').trim().toLowerCase());
      if (!cls)
        throw new InputError(`${labels}: row ${i + 2}: unknown label "${printable(row[label] ?? '')}"`);
      if (!known.has(file)) throw new InputError(`${labels}: row ${i + 2}: no page ${join(folder, file)}`);
      return {
        file: join(folder, file),
        label: cls,
        sources: (sources >= 0 ? (row[sources] ?? '') : '').split(';').filter(Boolean),
        group: group >= 0 ? (row[group] ?? file) : file,
      };
    }),
  };
}

/** Comma-separated values with double-quoted fields ("" for a quote inside one). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}
