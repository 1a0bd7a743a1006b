import * as v from 'valibot';
import { type Change, changesBetween, factChanges, wordingChanges } from '../lib/explain/changes.ts';
import { analyzeParagraphs, type Sentence } from '../lib/normalize/analyze.ts';
import { InputError } from './input-error.ts';

/** One line of a pairs file: an original sentence and the page's sentence made from it. */
const PairSchema = v.object({
  id: v.union([v.string(), v.number()]),
  original: v.string(),
  page: v.string(),
});
export type SentencePair = v.InferOutput<typeof PairSchema>;

/** The pairs of a JSONL file, each line checked; a bad line is refused with its number, and the file with it. */
export function parsePairs(text: string): SentencePair[] {
  const pairs: SentencePair[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`line ${i + 1} of the pairs file is not JSON`);
    }
    const parsed = v.safeParse(PairSchema, value);
    if (!parsed.success)
      throw new InputError(`line ${i + 1} of the pairs file needs "id", "original" and "page" (text)`);
    pairs.push(parsed.output);
  });
  return pairs;
}

/**
 * What the page's sentence changed from the original's: the changes list the
 * engine gives for an aligned pair of sentences, each side read as one sentence.
 */
export function pairChanges(pair: SentencePair, language = 'en'): Record<string, unknown> {
  const changes = changesBetween(
    asOneSentence(pair.original, language),
    asOneSentence(pair.page, language),
    language,
  );
  return {
    id: pair.id,
    changes: factChanges(changes).map(brief),
    wording: wordingChanges(changes).map(brief),
  };
}

function brief({ kind, original, page }: Change): { kind: string; original: string; page: string } {
  return { kind, original, page };
}

/** A text as one sentence, however many the splitter would make of it: the pair says the two sides correspond. */
function asOneSentence(text: string, language: string): Sentence {
  const sentences = analyzeParagraphs([text], { language }).sentences;
  const tokens = sentences.flatMap((s) => s.tokens);
  return {
    index: 0,
    paragraph: 0,
    text: sentences.map((s) => s.text).join(' '),
    tokens,
    words: tokens.filter((t) => t.kind !== 'punct').length,
    credit: false,
  };
}
