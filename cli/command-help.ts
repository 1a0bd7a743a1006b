/**
 * What each command's `--help` says beyond the usage line: what its output
 * means and how it ends. `wiretrace help COMMAND` says the same.
 */
const EXIT_CODES = `Exit codes: 0 every input was read; 1 some input could not be read (its line says why, the
others are answered); 2 the command was used wrongly or its corpus, model or pairs file is bad
(one line on standard error says what, and nothing is written to standard output).`;

const VERDICTS = `Verdicts (the JSON "verdict", the CSV's second column):
  syndicated   a copy: nearly all of the page is the original's sentences, kept or lightly edited
  rewritten    the whole page comes from the original, in other words
  partial      part of the page comes from the original, the rest is the page's own
  same-story   not derived, but on the same story: the original is named, nobody is accused
  unrelated    not derived from any story of the corpus
  insufficient too little article text to judge (under 15 words)
  error        the page could not be read; "reason" says why`;

const CORPUS = `STORIES.jsonl (a bundle): one story a line, {"id", "source", "title", "text"} and, where known,
"url", "published" (ISO 8601), "byline", "language". A bad line stops the run with its line number.`;

export const COMMAND_HELP: Record<string, string> = {
  match: `${VERDICTS}\n\n${CORPUS}\n\n${EXIT_CODES}\n`,
  diff: `ORIGINAL is a story's text (or an HTML page); a bundle is refused: pick its story with --corpus
and --id. PAIRS.jsonl: one {"id", "original", "page"} a line; each answer lists "changes" (changes
of fact: number, name, stance, polarity) and "wording" (words swapped, no fact changed).\n\n${EXIT_CODES}\n`,
  extract: `Prints what the extension would read of each page, or why it read nothing.\n\n${EXIT_CODES}\n`,
  'extract-eval': `DIR holds pages/ and truth.jsonl (see ../shared/eval/README.md).\n\n${EXIT_CODES}\n`,
  eval: `DIR holds stories.jsonl, labels.csv and pages/.\n\n${VERDICTS}\n\n${EXIT_CODES}\n`,
  calibrate: `DIR as for eval. The model is written to --out (JSON), the cross-validation to standard error.\n\n${EXIT_CODES}\n`,
};
