import { type Article, hasEnoughText } from './article.ts';
import { sourcesNamed } from './wire-sources.ts';

/**
 * The wire an article is a straight copy of, by its own say: its body opens
 * with that wire's dateline credit ("WASHINGTON (AP) —", "PARIS (AFP) -") and
 * it credits no other wire. How AP's and AFP's stories, which no public feed
 * carries, reach a reader: on the sites that license them. Null otherwise.
 */
export function wireOfCopy(article: Article): string | null {
  if (!article.openingCredit || !hasEnoughText(article)) return null;
  const [wire, ...others] = sourcesNamed([article.openingCredit]);
  if (!wire || others.length > 0) return null;
  // A page crediting another wire as well is a compilation, not one wire's copy.
  return sourcesNamed(article.credits).every((source) => source === wire) ? wire : null;
}
