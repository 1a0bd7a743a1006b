/**
 * How the code may depend on itself (tests/architecture.test.ts checks it):
 * no import circles in the engine, the pages or the content script; the
 * engine free of the extension; and the engine's steps importing only the
 * steps before them, in the order of the pipeline:
 * language and normalize → extract → corpus, feeds → fingerprint → retrieve
 * → align → verdict → explain → engine; and the command line (cli/) above the engine, never below it.
 */
const STAGES = [
  ['language', 'normalize'],
  ['extract'],
  ['corpus', 'feeds'],
  ['fingerprint'],
  ['retrieve'],
  ['align'],
  ['verdict'],
  ['explain'],
  ['engine'],
];

const later = (i) => STAGES.slice(i + 1).flat();

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'An import circle: one of its modules should not need the others, or what they share belongs below them.',
      severity: 'error',
      from: { path: '^(lib|cli|components|entrypoints|extension)/' },
      to: { circular: true },
    },
    {
      name: 'schema-upgrades-frozen',
      comment:
        "The schema's upgrades write what their version wrote: they import no live module, only their own frozen copies.",
      severity: 'error',
      from: { path: '^extension/db/(schema|frozen-upgrade-helpers)[.]ts$' },
      to: { pathNot: '^(extension/db/frozen-upgrade-helpers[.]ts$|node_modules/dexie/)' },
    },
    {
      name: 'ui-below-the-content-script',
      comment:
        'The content script mounts the badge (components/): the badge and the pages never import the content script back.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^extension/content/' },
    },
    {
      name: 'engine-free-of-the-extension',
      comment: 'lib/ is the engine the command line, the worker and the tests share: no browser code in it.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(extension|components|entrypoints)/' },
    },
    {
      name: 'engine-below-the-command-line',
      comment: 'cli/ is one user of the engine, as the worker is: the engine does not know it.',
      severity: 'error',
      from: { path: '^(lib|extension|components|entrypoints)/' },
      to: { path: '^cli/' },
    },
    {
      name: 'extension-free-of-the-database',
      comment:
        "PostgreSQL and PGlite are the command line's team corpus (cli/corpus-db/): the extension's bundle and the engine never carry them.",
      severity: 'error',
      from: { path: '^(lib|extension|components|entrypoints)/' },
      to: { path: 'node_modules/(pg|pg-[^/]+|@electric-sql/pglite)/' },
    },
    ...STAGES.map((stage, i) => ({
      name: `pipeline-order-${stage.join('-')}`,
      comment: 'An engine step imports only the steps before it.',
      severity: 'error',
      from: { path: `^lib/(${stage.join('|')})/` },
      to: { path: `^lib/(${later(i).join('|') || 'none'})/` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
