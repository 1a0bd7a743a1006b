import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** The rules of .dependency-cruiser.cjs broken in the folders of `cwd`. */
function violations(cwd: string, folders: string[]): Violation[] {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, '--config', CONFIG, '--output-type', 'json', ...folders],
    {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser did not run: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const scratch = mkdtempSync(join(tmpdir(), 'wiretrace-architecture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the code’s own dependencies', () => {
  it('have no import circle, no engine step importing a later one, and no browser code in the engine', () => {
    const found = violations(ROOT, ['lib', 'cli', 'extension', 'components', 'entrypoints']);
    expect(found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);

  it('are held to it: a circle, a step importing a later one and browser code in the engine are each caught', () => {
    const write = (path: string, text: string) => {
      mkdirSync(join(scratch, path, '..'), { recursive: true });
      writeFileSync(join(scratch, path), text);
    };
    write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'ESNext',
          moduleResolution: 'Bundler',
          allowImportingTsExtensions: true,
          noEmit: true,
        },
      }),
    );
    write('lib/align/a.ts', "import { b } from './b.ts';\nexport const a = () => b;\n");
    write('lib/align/b.ts', "import { a } from './a.ts';\nexport const b = () => a;\n");
    write('lib/extract/early.ts', "import { late } from '../explain/late.ts';\nexport const early = late;\n");
    write(
      'lib/explain/late.ts',
      "import { page } from '../../extension/page.ts';\nexport const late = page;\n",
    );
    write('extension/page.ts', 'export const page = 1;\n');
    const names = violations(scratch, ['lib', 'extension']).map((v) => v.rule.name);
    expect(names).toContain('no-circular');
    expect(names).toContain('pipeline-order-extract');
    expect(names).toContain('engine-free-of-the-extension');
  }, 60_000);
});

describe('the database’s doors', () => {
  /** The Dexie tables the database declares (`name!: …` in its class). */
  const tables = [
    ...readFileSync(join(ROOT, 'extension/db/database.ts'), 'utf8').matchAll(/^ {2}(\w+)!:/gm),
  ].map((m) => m[1] as string);
  /** Places in `text` that reach a table through a database (`db.feeds`, `db().meta`, `this.db.copies`). */
  const tableUses = (text: string) =>
    [...text.matchAll(new RegExp(`\\b(?:db|database)(?:\\(\\))?\\.(${tables.join('|')})\\b`, 'g'))].map(
      (m) => m[0],
    );

  it('are the only way to a table: nothing outside extension/db/ touches one', () => {
    expect(tables).toEqual(expect.arrayContaining(['storyBlocks', 'meta', 'feeds', 'feedItems', 'copies']));
    const found = ['extension', 'components', 'entrypoints'].flatMap((folder) =>
      sourceFiles(join(ROOT, folder))
        .filter((file) => !file.includes(`${join('extension', 'db')}/`))
        .flatMap((file) =>
          tableUses(readFileSync(file, 'utf8')).map((use) => `${relative(ROOT, file)}: ${use}`),
        ),
    );
    expect(found).toEqual([]);
    // The check itself finds a table reached from outside.
    expect(tableUses('const feeds = await db.feeds.toArray(); await this.db.meta.get("x");')).toEqual([
      'db.feeds',
      'db.meta',
    ]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
