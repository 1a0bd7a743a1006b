import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PAGES_DIR } from '../support/fixtures.ts';
import { HAVE_SEEDS, readSeed } from '../support/seeds.ts';

/** Serves the fixture pages on 127.0.0.1, and records every request it is sent. */
export interface FixtureServer {
  origin: string;
  requests: string[];
  close: () => Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = pageFor(path);
    if (body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function pageFor(path: string): string | null {
  if (path === '/seed-rewrite.html') return HAVE_SEEDS ? seedPage() : null;
  if (!/^\/[\w-]+\.html$/.test(path)) return null;
  try {
    return readFileSync(join(PAGES_DIR, path.slice(1)), 'utf8');
  } catch {
    return null;
  }
}

/** The seed rewrite page as a browser would get it: its lines as paragraphs, chrome and all. */
function seedPage(): string {
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = readSeed('rewrite-page.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const title = 'U.S. warned firms about Russia\u2019s Kaspersky software day after invasion';
  const body = lines
    .map((line) => (line === title ? `<h1>${escapeHtml(line)}</h1>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="2022-04-01"></head><body>${body}</body></html>`;
}
