import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocally } from './listen-locally.ts';
import { wireSiteResponse } from './wire-site.ts';

/** A request the server was sent: the path and the headers that matter to feeds. */
export interface RecordedRequest {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

export interface LocalServer {
  origin: string;
  requests: RecordedRequest[];
  /**
   * Holds the answers to requests under a path prefix after the first `passing`
   * of them, until the returned function is called: a test that needs a fetch
   * caught in the middle gets one, however fast or slow the machine.
   */
  hold: (prefix: string, passing: number) => () => void;
  close: () => Promise<void>;
}

interface Hold {
  prefix: string;
  passing: number;
  waiting: (() => void)[];
  released: boolean;
}

/**
 * An HTTP server on 127.0.0.1 with the test wire site, and whatever else
 * `extra` answers; every request is recorded. `corsOpen` lets any origin read
 * the wire site, as some real feeds do.
 */
export async function startLocalServer(
  extra: (path: string) => { type: string; body: string } | null = () => null,
  corsOpen = false,
): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const holds: Hold[] = [];
  let origin = '';
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({
      path,
      ifNoneMatch: request.headers['if-none-match'],
      ifModifiedSince: request.headers['if-modified-since'],
    });
    const wire = wireSiteResponse(origin, path, request.headers);
    const cors: Record<string, string> = corsOpen && wire ? { 'access-control-allow-origin': '*' } : {};
    const other = wire ? null : extra(path);
    const send = () => {
      if (wire) response.writeHead(wire.status, { ...wire.headers, ...cors }).end(wire.body);
      else if (other) response.writeHead(200, { 'content-type': other.type }).end(other.body);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    const answer = () => (wire?.delayMs ? setTimeout(send, wire.delayMs) : send());
    const held = holds.find((h) => !h.released && path.startsWith(h.prefix));
    if (held && held.passing <= 0) held.waiting.push(answer);
    else {
      if (held) held.passing--;
      answer();
    }
  });
  const hold = (prefix: string, passing: number) => {
    const held: Hold = { prefix, passing, waiting: [], released: false };
    holds.push(held);
    return () => {
      held.released = true;
      for (const answer of held.waiting.splice(0)) answer();
    };
  };
  const { port, close } = await listenLocally(server);
  origin = `http://127.0.0.1:${port}`;
  return { origin, requests, hold, close };
}
