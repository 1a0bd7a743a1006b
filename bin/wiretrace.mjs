#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so the engine needs no build step.
import { register } from 'tsx/esm/api';

register();
// A reader who pipes the output into `head` has read enough: stop quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
