import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenLocally } from '../support/listen-locally.ts';
import { wireSiteResponse } from '../support/wire-site.ts';

/**
 * The test wire site over HTTPS, as real wire sites are (Wiretrace keeps an
 * article as an original only from a page served over HTTPS), with a
 * certificate made for this run; the browsers are told to accept it.
 */
export async function startTlsWireSite(host: string): Promise<{ port: number; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const [keyPem, certPem] = [readFileSync(key), readFileSync(cert)];
  rmSync(dir, { recursive: true, force: true });
  const server = createServer({ key: keyPem, cert: certPem }, (request, response) => {
    const path = new URL(request.url ?? '/', `https://${host}`).pathname;
    const wire = wireSiteResponse(`https://${host}`, path, request.headers);
    if (wire) response.writeHead(wire.status, wire.headers).end(wire.body);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return listenLocally(server as never);
}
