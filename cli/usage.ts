/** What the command line says of itself: its commands and their arguments. */
export const USAGE = `Usage:
  wiretrace --version | --help
  wiretrace match --corpus STORIES.jsonl|--db DB [--format text|jsonl|csv] [--json] [--model MODEL.json] FILE|FOLDER...
      Finds the wire original of each page (HTML or plain text; a folder's .html, .htm and .txt files,
      recursively) among the corpus stories: a line a page, then a tally of the verdicts on standard error.
  wiretrace index --db DB [--reindex] [STORIES.jsonl...]
      Adds stories to a corpus database (DB: a folder, kept with PGlite, or a postgres:// URL), in
      batches, resumably, nothing twice; --reindex rebuilds its index for this wiretrace's fingerprint.
  wiretrace db stats --db DB [--json]
      What a corpus database holds: stories, languages, sources, postings and where they live, size.
  wiretrace db init --db postgres://COORDINATOR [--shard postgres://SHARD]...
      A new server corpus whose postings are spread over shards (postgres_fdw).
  wiretrace diff [--source NAME] ORIGINAL PAGE
      Explains, sentence by sentence, what PAGE changed from ORIGINAL.
  wiretrace diff --corpus STORIES.jsonl --id ID PAGE
      The same, against the corpus story with that id.
  wiretrace diff --pairs PAIRS.jsonl [--json]
      The changes of each sentence pair ({"id", "original", "page"} a line), one line a pair.
  wiretrace bundle [--source NAME] [--feed FEED.xml]... FILE|FOLDER...
      A story bundle (JSON Lines, on standard output) from wire pages saved from a browser, or from
      feed files that carry whole stories; a page's source is NAME, else the wire its dateline credits.
  wiretrace extract [--json] FILE...
      Prints what the extension would take from each page: title, byline, date, site, canonical
      URL, language, paragraphs and credit lines, or why it found no article.
  wiretrace extract-eval DIR...
      Scores extraction on folders of pages with hand-made truth (DIR/pages/, DIR/truth.jsonl)
      beside plain Readability, with pages refused and time a page.
  wiretrace eval [--model MODEL.json] [--db DB] DIR
      Judges a labelled set (DIR/stories.jsonl, DIR/labels.csv, DIR/pages/) and scores the
      verdicts beside the naive reference.
  wiretrace calibrate [--out MODEL.json] [--features a,b,c | --select-features] [--penalty N] [--folds N] DIR
      Fits the verdict model to a labelled set, cross-validated by story; writes it to MODEL.json.
`;
