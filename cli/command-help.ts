/**
 * What each command's `--help` says beyond the usage line: what its output
 * means and how it ends. `wiretrace help COMMAND` says the same.
 */
const EXIT_CODES = `Exit codes: 0 every input was read; 1 some input could not be read (its line says why, the
others are answered); 2 the command was used wrongly or its corpus, model or pairs file is bad
(one line on standard error says what, and nothing is written to standard output).`;

const VERDICTS = `Verdicts (the JSON "verdict", the CSV's second column), and the words the text line, the badge
and the popup say for them:
  syndicated   Copy: nearly all of the page is the original's sentences, kept or lightly edited
  rewritten    Rewrite: the whole page comes from the original, in other words
  partial      Partial copy: part of the page comes from the original, the rest is the page's own
  same-story   Same story: not derived, but on the same story; the original is named, nobody is accused
  unrelated    No match: not derived from any story of the corpus
  insufficient too little article text to judge (under 15 words)
  error        the page could not be read; "reason" says why
Certainty ("score"): how likely the page is taken from the original; very likely from 0.8, likely
from 0.6, unsure below.`;

const CORPUS = `STORIES.jsonl (a bundle): one story a line, {"id", "source", "title", "text"} and, where known,
"url", "published" (ISO 8601), "byline", "language". A bad line stops the run with its line number.`;

const DB = `DB: a folder (created if missing) holds a corpus through PGlite, with no server; a URL
postgres://user:password@host:port/database uses a PostgreSQL server. One process opens a folder at a
time. A database unreachable, or indexed by an older fingerprint, is one line on standard error and exit 2.`;

export const COMMAND_HELP: Record<string, string> = {
  match: `${VERDICTS}\n\n${CORPUS}\n\n${DB}\n\n${EXIT_CODES}\n`,
  index: `${CORPUS} The stories of a batch (2,000 lines) are
written together or not at all; a run again after a kill adds what is missing, nothing twice. A story is
known by its source and id.\n\n${DB}\n\n${EXIT_CODES}\n`,
  db: `stats: the corpus's counts, fingerprint version, partitions (and the servers they live on) and size.
init: a new corpus on a coordinator server, partition i of 8 on the coordinator when i mod (1 + shards)
is 0, else on shard i mod (1 + shards), as a postgres_fdw foreign table.\n\n${DB}\n\n${EXIT_CODES}\n`,
  diff: `ORIGINAL is a story's text (or an HTML page); a bundle is refused: pick its story with --corpus
and --id. PAIRS.jsonl: one {"id", "original", "page"} a line; each answer lists "changes" (changes
of fact: number, name, stance, polarity, claim) and "wording" (words swapped, no fact changed).\n\n${EXIT_CODES}\n`,
  bundle: `Writes one story a line: {"id" (the page's canonical URL, else its file name), "source", "title",
"text", "url", "published", "byline", "language"}, each checked as an import will check it. A page with too
little text, or no wire named, and a feed's teasers (under 80 words) are left out, each with a line on
standard error; a line at the end says how many stories the bundle holds.\n\n${EXIT_CODES}\n`,
  extract: `Prints what the extension would read of each page, or why it read nothing.\n\n${EXIT_CODES}\n`,
  'extract-eval': `DIR holds pages/ and truth.jsonl (see ../shared/eval/README.md).\n\n${EXIT_CODES}\n`,
  eval: `DIR holds stories.jsonl, labels.csv and pages/.\n\n${VERDICTS}\n\n${EXIT_CODES}\n`,
  calibrate: `DIR as for eval. The model is written to --out (JSON), the cross-validation to standard error.\n\n${EXIT_CODES}\n`,
};
