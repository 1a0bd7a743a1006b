#!/usr/bin/env node
// Runs the command line: compiled (dist/main.mjs, built by `npm ci` through scripts/build-cli.mjs) when it
// is newer than every source file, else from the TypeScript sources through tsx (slower to start).
// WIRETRACE_FROM_SOURCES=1 runs the sources whatever dist/ holds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}dist/main.mjs`;

/** The newest modification time of the sources the compiled file is built from. */
function newestSource() {
  let newest = 0;
  for (const folder of ['lib', 'cli']) {
    for (const entry of readdirSync(`${root}${folder}`, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

// A reader who pipes the output into `head` has read enough: stop quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
let main;
if (
  !process.env.WIRETRACE_FROM_SOURCES &&
  existsSync(compiled) &&
  statSync(compiled).mtimeMs >= newestSource()
) {
  ({ main } = await import(compiled));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
