import { createServer, request as forward } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenLocally } from '../support/listen-locally.ts';

/**
 * The proxy every browser request goes through in the browser tests. It
 * forwards requests for the test hosts to this machine and records every
 * other request, which it refuses: the test then fails on any request to
 * anywhere else, be it the extension's or a page's.
 */
export interface RequestGuard {
  /** host:port for the browsers' proxy settings. */
  address: string;
  /** Every request seen, as URLs (or host:port for HTTPS tunnels). */
  seen: string[];
  /** Those that were not for a test host, nor one of the browser's own services. */
  refused: string[];
  /** Requests the browser itself makes (updates, clock, sign-in), refused too but not the extension's doing. */
  browserOwn: string[];
  close: () => Promise<void>;
}

export async function startRequestGuard(
  testHosts: readonly string[],
  browserServices: readonly string[],
  /** Test hosts that speak HTTPS, and the local port their tunnels go to. */
  tlsPorts: Readonly<Record<string, number>> = {},
): Promise<RequestGuard> {
  const seen: string[] = [];
  const refused: string[] = [];
  const browserOwn: string[] = [];
  const refuse = (url: string, host: string) =>
    (browserServices.includes(host) ? browserOwn : refused).push(url);
  const server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    seen.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (!testHosts.includes(target.hostname)) {
      refuse(url, target.hostname);
      outgoing.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test request guard');
      return;
    }
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: target.port || 80,
        path: target.pathname + target.search,
        method: incoming.method,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  // A tunnel's sockets leave the HTTP server's books, so closeAllConnections cannot end them: they are kept here.
  const tunnels = new Set<Socket>();
  const track = (socket: Socket) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
  };
  // HTTPS goes through CONNECT tunnels: a test host's goes to its local TLS server, any other is refused and recorded.
  server.on('connect', (request, socket: Socket, head) => {
    track(socket);
    const target = request.url ?? '';
    seen.push(target);
    const host = target.replace(/:\d+$/, '');
    const port = tlsPorts[host];
    if (port === undefined) {
      refuse(target, host);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const { port, close } = await listenLocally(server);
  const closeWithTunnels = () => {
    for (const socket of tunnels) socket.destroy();
    return close();
  };
  return { address: `127.0.0.1:${port}`, seen, refused, browserOwn, close: closeWithTunnels };
}
