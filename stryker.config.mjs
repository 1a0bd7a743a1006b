// `npm run mutate`: mutation testing of the engine (StrykerJS, Vitest runner), the unit tests as the judge.
// Not in CI: it takes a long while on two cores. MUTATE=lib/explain/** narrows it to a folder.
// The copy it tests in sits elsewhere: the seed tests find ../shared through WIRETRACE_SHARED.
process.env.WIRETRACE_SHARED ??= new URL('../shared', import.meta.url).pathname;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: (process.env.MUTATE ?? 'lib/**/*.ts').split(',').concat(['!cli/**']),
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: `${process.env.TMPDIR ?? '/tmp'}/wiretrace-mutation/index.html` },
  tempDirName: `${process.env.TMPDIR ?? '/tmp'}/wiretrace-stryker`,
  cleanTempDir: 'always',
  concurrency: 2,
  coverageAnalysis: 'perTest',
  timeoutMS: 20_000,
};
