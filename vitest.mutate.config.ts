import { defineConfig } from 'vitest/config';

// The unit tests alone, for mutation testing (stryker.config.mjs): the engine's own tests judge its mutants.
export default defineConfig({
  test: {
    include: ['tests/*.test.ts'],
    exclude: ['tests/cli.test.ts', 'tests/languages.test.ts'],
    testTimeout: 60_000,
  },
});
