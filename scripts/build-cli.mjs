// Compiles the command line to dist/ (main.mjs and its fingerprinting thread) with esbuild, so that
// `wiretrace` starts without compiling TypeScript each run. Packages stay in node_modules. The files are
// built aside and moved in, main.mjs last: a `wiretrace` starting meanwhile sees the old build or the new.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const aside = `dist/.building-${process.pid}`;
// Packages are loaded from node_modules, but for data packages imported as JSON, which are bundled.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BUNDLED = new Set(['stopwords-iso']);
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
  (name) => !BUNDLED.has(name),
);
await build({
  entryPoints: { main: 'cli/main.ts', 'fingerprint-thread': 'cli/fingerprint-thread.ts' },
  outdir: aside,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
});
mkdirSync('dist', { recursive: true });
const files = readdirSync(aside).sort((a, b) => (a === 'main.mjs') - (b === 'main.mjs'));
for (const file of files) renameSync(`${aside}/${file}`, `dist/${file}`);
rmSync(aside, { recursive: true, force: true });
// Chunks of earlier builds, which the new main.mjs no longer loads.
for (const file of readdirSync('dist'))
  if (file.endsWith('.mjs') && !files.includes(file)) rmSync(`dist/${file}`, { force: true });
