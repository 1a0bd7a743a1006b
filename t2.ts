import { readFileSync } from 'node:fs';
import { extractFromText } from './lib/extract/plain-text.ts';
import { prepareArticle, prepareStory } from './lib/engine/prepare.ts';
import { profileOf, overlapOf } from './lib/align/sentence-profile.ts';
const page = prepareArticle(extractFromText(readFileSync('/work/shared/seeds/rewrite-page.txt', 'utf8')));
const orig = prepareStory({ id: 'k', source: 'Reuters', title: 'x', text: readFileSync('/work/shared/seeds/wire-original.txt', 'utf8') });
const w = () => 1.87;
const find = (t: any, s: string) => t.text.sentences.find((x: any) => x.text.includes(s));
for (const [a, b] of [['According to one of the people', 'The content of those'], ['Microsoft did not', 'Microsoft declined'], ['Microsoft did not', 'Intel and IBM did']]) {
  const p = profileOf(find(page, a), w), o = profileOf(find(orig, b), w);
  console.log(a, [...p.terms.keys()], [...o.terms.keys()], overlapOf(p, o));
}
