import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storiesToJsonl } from '../lib/corpus/jsonl.ts';
import { expectedJudgements, loadFixtureStories, PAGES_DIR, STORIES_JSONL } from './support/fixtures.ts';
import { runWiretrace } from './support/run-wiretrace.ts';

const work = mkdtempSync(join(tmpdir(), 'wiretrace-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const corpus = STORIES_JSONL;

/** The command line, run where the fixture pages are, so that they are named as a journalist would name them. */
const wiretrace = (...args: string[]) => runWiretrace(args, PAGES_DIR);

describe('wiretrace match', () => {
  const files = Object.keys(expectedJudgements());

  it('prints one JSON line per file, in order, in the documented shape', () => {
    const run = wiretrace('match', '--json', '--corpus', corpus, ...files);
    expect(run.code).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual(files);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(
        expect.arrayContaining([
          'file',
          'verdict',
          'original',
          'score',
          'coverage',
          'sentences',
          'quotes',
          'changes',
          'credited',
        ]),
      );
      expect(Object.keys(record.sentences).sort()).toEqual([
        'added',
        'dropped',
        'edited',
        'paraphrased',
        'verbatim',
      ]);
      // An original is named for a derived verdict and for the same story written independently, with the
      // documented fields.
      if (['unrelated', 'insufficient', 'error'].includes(record.verdict)) expect(record.original).toBeNull();
      else
        expect(Object.keys(record.original).sort()).toEqual([
          'id',
          'published',
          'source',
          'thread',
          'title',
          'url',
        ]);
    }
    const paraphrase = records.find((r) => r.file === 'flood-paraphrase.html');
    expect(paraphrase.verdict).toBe('rewritten');
    expect(paraphrase.original).toMatchObject({
      id: 'afp-2026-10-18-piedmont-floods',
      source: 'AFP',
      published: '2026-10-18T16:40:00Z',
    });
    // An independent report of the same story: told which wire story, accused of nothing.
    const independent = records.find((r) => r.file === 'flood-independent.txt');
    expect(independent.verdict).toBe('same-story');
    expect(independent.original.id).toBe('afp-2026-10-18-piedmont-floods');
    expect(records.find((r) => r.file === 'flood-unrelated-topic.html')).toMatchObject({
      verdict: 'unrelated',
      original: null,
    });
    // Every word of a judged page has its provenance, in page order.
    expect(paraphrase.provenance.map((run: { label: string }) => run.label)).toEqual(
      expect.arrayContaining(['verbatim', 'rewrite']),
    );
  });

  it('prints a readable summary without --json', () => {
    const run = wiretrace('match', '--corpus', corpus, 'battery-copy.txt');
    expect(run.stdout).toMatch(/^battery-copy\.txt: Copy of Reuters: "Swedish battery maker Nordvolt/);
    expect(run.stdout).toContain('credited');
  });

  it('reports a bad corpus line by its number and exits 2', () => {
    const bad = join(work, 'bad.jsonl');
    writeFileSync(bad, `${storiesToJsonl(loadFixtureStories().slice(0, 2))}{"id":"x","source":"AP"}\n`);
    const run = wiretrace('match', '--corpus', bad, 'battery-copy.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.jsonl: line 3: "title" must be a non-empty string/);
    expect(run.stdout).toBe('');
  });

  it('says a JSON array or a CSV table is no bundle, in one line, when matching and when indexing', () => {
    const array = join(work, 'array.json');
    writeFileSync(array, JSON.stringify(loadFixtureStories().slice(0, 2)));
    const table = join(work, 'table.csv');
    writeFileSync(table, 'id,source,title,text\na,AP,A title,Some text\n');
    for (const [file, words] of [
      [array, 'this is one JSON array, not JSON Lines'],
      [table, 'this looks like CSV'],
    ] as const) {
      const match = wiretrace('match', '--corpus', file, 'battery-copy.txt');
      expect([match.code, match.stdout]).toEqual([2, '']);
      expect(match.stderr.trim()).toMatch(
        new RegExp(`^wiretrace: .+: ${words}: a bundle is JSON Lines, one \\{"id"`),
      );
    }
    // The streamed reader of `index` says the same, before it opens any database.
    const index = wiretrace('index', '--db', join(work, 'db-array'), array);
    expect(index.code).toBe(2);
    expect(index.stderr).toContain('this is one JSON array, not JSON Lines');
  }, 60_000);

  it('explains its usage when arguments are missing', () => {
    const run = wiretrace('match', 'battery-copy.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('match needs --corpus');
    // No command at all is a mistake too, and a command name is data, never a property of an object.
    expect(wiretrace()).toMatchObject({ code: 2, stdout: '' });
    expect(wiretrace().stderr).toMatch(/^wiretrace: no command given\nUsage:/);
    expect(wiretrace('constructor')).toMatchObject({ code: 2 });
    expect(wiretrace('constructor').stderr).toMatch(/^wiretrace: unknown command "constructor"/);
    expect(wiretrace('--help')).toMatchObject({ code: 0 });
  });

  it('says its version', () => {
    const run = wiretrace('--version');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `wiretrace ${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`,
    );
  });

  it('gives no publishing lag for a page that took nothing from the story', () => {
    const records = wiretrace(
      'match',
      '--json',
      '--corpus',
      corpus,
      'flood-unrelated-topic.html',
      'flood-paraphrase.html',
    )
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records[0]).toMatchObject({ verdict: 'unrelated', lagHours: null });
    expect(records[1].lagHours).toEqual(expect.any(Number));
  });
});

describe('wiretrace diff', () => {
  it('explains sentence by sentence what the page changed', () => {
    const original = join(work, 'original.txt');
    writeFileSync(
      original,
      loadFixtureStories().find((s) => s.id === 'afp-2026-10-18-piedmont-floods')?.text ?? '',
    );
    const run = wiretrace('diff', '--source', 'AFP', original, 'flood-light-edit.txt');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verdict: syndicated');
    expect(run.stdout).toContain('Credit: not found');
    expect(run.stdout).toMatch(/~ .*\[-residents-\] \{\+people\+\}/);
    expect(run.stdout).toContain('Dropped from the original:');
    expect(run.stdout).toContain('Environment Minister Gilberto Pichetto Fratin');
  });
});

describe('wiretrace diff against a corpus story', () => {
  it('compares with the story of that id, and says what a bundle given as ORIGINAL is', () => {
    const run = wiretrace(
      'diff',
      '--corpus',
      corpus,
      '--id',
      'afp-2026-10-18-piedmont-floods',
      'flood-light-edit.txt',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verdict: syndicated');
    const bundle = wiretrace('diff', corpus, 'flood-light-edit.txt');
    expect(bundle.code).toBe(2);
    expect(bundle.stdout).toBe('');
    expect(bundle.stderr).toMatch(
      /holds \d+ stories as JSON lines, not a story's text: pick one with `wiretrace diff --corpus/,
    );
    const unknown = wiretrace('diff', '--corpus', corpus, '--id', 'no-such-story', 'flood-light-edit.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no story with the id "no-such-story"');
  });
});

describe('wiretrace diff --pairs', () => {
  it('lists each pair’s changes of fact, its wording apart, one JSON line a pair', () => {
    const pairs = join(work, 'pairs.jsonl');
    writeFileSync(
      pairs,
      [
        { id: 'a', original: 'The fire killed 4 people.', page: 'The fire killed 5 people.' },
        { id: 2, original: 'The firm said it would appeal.', page: 'The company said it would appeal.' },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n'),
    );
    const run = wiretrace('diff', '--pairs', pairs, '--json');
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { id: 'a', changes: [{ kind: 'number', original: '4', page: '5' }], wording: [] },
      { id: 2, changes: [], wording: [{ kind: 'wording', original: 'firm', page: 'company' }] },
    ]);
  });

  it('refuses a pairs file with a bad line, naming it, and prints nothing of it', () => {
    const pairs = join(work, 'bad-pairs.jsonl');
    writeFileSync(
      pairs,
      `${JSON.stringify({ id: 'a', original: 'x', page: 'y' })}\n{"id": "b", "page": "y"}\n`,
    );
    const run = wiretrace('diff', '--pairs', pairs, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('line 2 of the pairs file');
  });
});

describe('wiretrace help for a command', () => {
  it('gives the command’s own usage, what its verdicts mean, its input format and exit codes', () => {
    const help = wiretrace('match', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n {2}wiretrace match --corpus/);
    expect(help.stdout).not.toContain('wiretrace calibrate');
    for (const words of ['same-story', 'STORIES.jsonl (a bundle)', 'Exit codes: 0'])
      expect(help.stdout).toContain(words);
    expect(wiretrace('help', 'diff').stdout).toContain('"wording" (words swapped, no fact changed)');
    expect(wiretrace('help').stdout).toContain('wiretrace calibrate');
  });
});

describe('wiretrace match in batch', () => {
  it('reads folders recursively, writes CSV a row a page, and tallies the verdicts on standard error', () => {
    const folder = join(work, 'batch');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'copy.txt'), readFileSync(join(PAGES_DIR, 'battery-copy.txt')));
    writeFileSync(
      join(folder, 'nested', 'independent.html'),
      readFileSync(join(PAGES_DIR, 'battery-independent.html')),
    );
    writeFileSync(join(folder, 'notes.md'), 'not a page');
    writeFileSync(join(folder, '.hidden.txt'), 'not read');
    const run = wiretrace('match', '--corpus', corpus, '--format', 'csv', folder);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['file', 'verdict', 'original_id']);
    expect(rows.map((r) => r.split(',').slice(0, 3))).toEqual([
      [join(folder, 'copy.txt'), 'syndicated', 'reuters-2026-11-05-nordvolt'],
      [join(folder, 'nested', 'independent.html'), 'unrelated', ''],
    ]);
    expect(run.stderr.trim()).toBe('2 pages: 1 syndicated, 1 unrelated');
  });

  it('writes a page’s own text into CSV as data: quoted where it must be, never a formula', () => {
    const stories = join(work, 'formula-stories.jsonl');
    const story = loadFixtureStories().find((s) => s.id === 'reuters-2026-11-05-nordvolt');
    writeFileSync(
      stories,
      storiesToJsonl([{ ...(story as NonNullable<typeof story>), title: '=HYPERLINK("x"), "quoted"' }]),
    );
    const run = wiretrace('match', '--corpus', stories, '--format', 'csv', 'battery-copy.txt');
    expect(run.stdout).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });

  it('refuses an unknown format, and --json beside another format, in one line', () => {
    const bad = wiretrace('match', '--corpus', corpus, '--format', 'xml', 'battery-copy.txt');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of text, jsonl, csv');
    const both = wiretrace('match', '--corpus', corpus, '--json', '--format', 'csv', 'battery-copy.txt');
    expect(both.code).toBe(2);
  });

  it('reads no page longer than the extension does, and says so in the page’s own line', () => {
    const big = join(work, 'big.txt');
    writeFileSync(big, `${'word '.repeat(1_300_000)}\n`);
    const run = wiretrace('match', '--corpus', corpus, '--json', big, 'battery-copy.txt');
    expect(run.code).toBe(1);
    const [first, second] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first.verdict).toBe('error');
    expect(first.reason).toMatch(/a page is read up to 6 MB, as the extension reads it/);
    expect(second.verdict).toBe('syndicated');
    expect(run.stderr.trim()).toBe('2 pages: 1 syndicated, 1 error');
  });
});

describe('wiretrace match on a file it cannot read', () => {
  it('answers for every other file and says why that one failed', () => {
    const run = wiretrace(
      'match',
      '--json',
      '--corpus',
      corpus,
      'battery-copy.txt',
      'no-such-page.html',
      'court-rewrite.html',
    );
    expect(run.code).toBe(1);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.verdict)).toEqual(['syndicated', 'error', 'rewritten']);
    expect(records[1].reason).toBe('cannot read no-such-page.html: no such file');
  });

  it('refuses a file of binary data, as a page or as the original, and reads UTF-16 with its mark', () => {
    const binary = join(work, 'photo.html');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4_000 }, (_, i) => (i * 7919) % 256)));
    const run = wiretrace('match', '--json', '--corpus', corpus, binary, 'court-rewrite.html');
    expect(run.code).toBe(1);
    const [refused, judged] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(refused).toMatchObject({
      verdict: 'error',
      reason: `${binary} is not a text or HTML file (it holds binary data)`,
    });
    expect(judged.verdict).toBe('rewritten');
    const diff = wiretrace('diff', binary, 'court-rewrite.html');
    expect(diff.code).toBe(2);
    expect(diff.stderr.trim()).toBe(`wiretrace: ${binary} is not a text or HTML file (it holds binary data)`);
    const utf16 = join(work, 'utf16.txt');
    const text = readFileSync(join(PAGES_DIR, 'bikes-tabloid-rewrite.txt'), 'utf8');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(JSON.parse(wiretrace('match', '--json', '--corpus', corpus, utf16).stdout).verdict).toBe(
      'rewritten',
    );
  });

  it('says in words why a corpus cannot be read', () => {
    expect(wiretrace('match', '--corpus', join(work, 'none.jsonl'), 'court-rewrite.html').stderr.trim()).toBe(
      `wiretrace: cannot read ${join(work, 'none.jsonl')}: no such file`,
    );
    expect(wiretrace('match', '--corpus', work, 'court-rewrite.html').stderr.trim()).toBe(
      `wiretrace: cannot read ${work}: it is a folder, not a file`,
    );
  });
});

describe('wiretrace on files that are not UTF-8', () => {
  it('reads Windows-1252 text, as older archives have it', () => {
    const page = join(work, 'latin1.txt');
    const text = readFileSync(join(PAGES_DIR, 'bikes-tabloid-rewrite.txt'), 'utf8');
    writeFileSync(page, Buffer.from(text, 'latin1'));
    const run = wiretrace('match', '--json', '--corpus', corpus, page);
    expect(JSON.parse(run.stdout).verdict).toBe('rewritten');
    // The page's own text, printed: a lossy decode would show U+FFFD where the £ is.
    const story = loadFixtureStories().find((s) => s.id === 'pa-2026-11-10-bike-thief');
    const original = join(work, 'bike-thief.txt');
    writeFileSync(original, story?.text ?? '');
    const diff = wiretrace('diff', '--source', 'PA', original, page);
    expect(diff.stdout).toMatch(/£\d/);
    expect(diff.stdout).not.toContain('\ufffd');
  });
});

describe('wiretrace on hostile input', () => {
  it('prints titles and page text as data: no control character or reordering reaches the terminal', () => {
    const [story] = loadFixtureStories().filter((s) => s.id === 'afp-2026-10-18-piedmont-floods');
    const planted = {
      ...story,
      title: 'Floods \u001b[2J\u001b]0;owned\u0007\u202eHIJACK\u009b31m',
    } as typeof story;
    const hostileCorpus = join(work, 'hostile.jsonl');
    writeFileSync(hostileCorpus, storiesToJsonl([planted as NonNullable<typeof story>]));
    for (const args of [
      ['match', '--corpus', hostileCorpus, 'flood-paraphrase.html'],
      ['match', '--json', '--corpus', hostileCorpus, 'flood-paraphrase.html'],
    ]) {
      const run = wiretrace(...args);
      expect(run.stdout).toContain('Floods');
      expect(run.stdout.replace(/[\n\t]/g, '')).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
    }
  });

  it('reads a label such as "constructor" as an unknown label, in one line', () => {
    const set = join(work, 'labelled');
    rmSync(set, { recursive: true, force: true });
    mkdirSync(join(set, 'pages'), { recursive: true });
    writeFileSync(join(set, 'stories.jsonl'), readFileSync(corpus, 'utf8'));
    writeFileSync(
      join(set, 'pages', 'a.html'),
      readFileSync(join(PAGES_DIR, 'flood-paraphrase.html'), 'utf8'),
    );
    for (const label of ['constructor', '__proto__']) {
      writeFileSync(join(set, 'labels.csv'), `page,label\na.html,${label}\n`);
      const run = wiretrace('eval', set);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(
        `wiretrace: ${join(set, 'labels.csv')}: row 2: unknown label "${label}"`,
      );
    }
  });

  it('refuses a file larger than it can read whole, in one line, without reading it', () => {
    const huge = join(work, 'huge.jsonl');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    const run = wiretrace('match', '--corpus', huge, 'flood-paraphrase.html');
    expect(run.stderr.trim()).toBe(
      `wiretrace: cannot read ${huge}: it is 2,048 MB, and a file is read whole, up to 512 MB (split it into smaller files)`,
    );
    rmSync(huge);
  });
});

describe('the compiled command line', () => {
  const compiled = new URL('../dist/main.mjs', import.meta.url);

  it('is what npm ci builds, and answers as the sources do, parallel fingerprinting included', () => {
    // npm ci builds dist/ (postinstall); a checkout that skipped it builds it here.
    if (!existsSync(compiled))
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: new URL('..', import.meta.url) });
    const big = join(work, 'big.jsonl');
    // Enough stories for the worker threads (a corpus under 2,000 is fingerprinted on the main thread).
    const many = Array.from({ length: 2_100 }, (_, i) => ({
      id: `filler-${i}`,
      source: 'AP',
      title: `Filler ${i}`,
      text: `Filler story number ${i} about the council budget in district ${i}.`,
    }));
    writeFileSync(big, storiesToJsonl([...loadFixtureStories(), ...many]));
    const fromDist = runWiretrace(['match', '--json', '--corpus', big, PAGES_DIR]);
    const fromSources = runWiretrace(['match', '--json', '--corpus', big, PAGES_DIR], undefined, {
      WIRETRACE_FROM_SOURCES: '1',
    });
    expect(fromDist.code).toBe(0);
    expect(fromDist.stdout.split('\n').filter(Boolean)).toHaveLength(17);
    expect(fromDist.stdout).toBe(fromSources.stdout);
  }, 120_000);
});

describe('wiretrace bundle', () => {
  /** A wire story as a page a reader saved from the wire's site: its dateline credits the wire when asked. */
  function savedPage(
    story: { title: string; text: string; source: string; id: string },
    dateline: boolean,
  ): string {
    const [first, ...rest] = story.text.split('\n\n');
    const paragraphs = [dateline ? `ROME (${story.source}) - ${first}` : first, ...rest];
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title}</title>
<link rel="canonical" href="https://wire.example/${story.id}"></head><body><article><h1>${story.title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  }

  it('makes a bundle from saved wire pages that match finds the originals in, and says what it left out', () => {
    const folder = join(work, 'saved-wire-pages');
    mkdirSync(join(folder, 'afp'), { recursive: true });
    const stories = loadFixtureStories();
    const flood = stories.find((s) => s.id === 'afp-2026-10-18-piedmont-floods');
    const battery = stories.find((s) => s.id === 'reuters-2026-11-05-nordvolt');
    if (!flood || !battery) throw new Error('fixture stories missing');
    writeFileSync(join(folder, 'afp', 'floods.html'), savedPage(flood, true));
    writeFileSync(join(folder, 'battery.html'), savedPage(battery, true));
    writeFileSync(join(folder, 'undated.html'), savedPage({ ...battery, id: 'undated' }, false));
    const run = wiretrace('bundle', folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/undated\.html: left out: no wire named/);
    expect(run.stderr).toMatch(/^2 stories in the bundle, 1 left out$/m);
    const bundle = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(bundle.map((s) => [s.source, s.url])).toEqual([
      ['AFP', `https://wire.example/${flood.id}`],
      ['Reuters', `https://wire.example/${battery.id}`],
    ]);
    const file = join(work, 'saved.jsonl');
    writeFileSync(file, run.stdout);
    const match = wiretrace('match', '--json', '--corpus', file, 'battery-copy.txt', 'flood-paraphrase.html');
    expect(match.code).toBe(0);
    const verdicts = match.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(verdicts.map((v) => [v.verdict, v.original?.source])).toEqual([
      ['syndicated', 'Reuters'],
      ['rewritten', 'AFP'],
    ]);
    // --source names the wire of pages whose dateline names none.
    const named = wiretrace('bundle', '--source', 'Reuters', join(folder, 'undated.html'));
    expect([named.code, JSON.parse(named.stdout).source]).toEqual([0, 'Reuters']);
  });

  it('takes a feed’s whole stories and leaves its teasers out, saying so', () => {
    const [story] = loadFixtureStories();
    if (!story) throw new Error('fixture stories missing');
    const feed = join(work, 'wire.xml');
    const item = (id: string, title: string, text: string) =>
      `<item><guid>${id}</guid><title>${title}</title><link>https://wire.example/${id}</link><pubDate>Sun, 18 Oct 2026 16:40:00 GMT</pubDate><description><![CDATA[${text
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join('')}]]></description></item>`;
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${item('whole', story.title, story.text)}${item('teaser', 'A teaser', 'Read more on our site.')}</channel></rss>`,
    );
    expect(wiretrace('bundle', '--feed', feed).stderr).toMatch(/needs --source/);
    const run = wiretrace('bundle', '--source', 'AFP', '--feed', feed);
    expect(run.stderr).toMatch(/1 of its 2 items are teasers/);
    const [whole, ...rest] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rest).toEqual([]);
    expect(whole).toMatchObject({ id: 'whole', source: 'AFP', url: 'https://wire.example/whole' });
    expect(whole.text.split('\n\n')).toEqual(story.text.split('\n\n'));
  });
});
