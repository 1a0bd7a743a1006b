import { isPrivateHost, sameSite } from './site-of.ts';

/** How feed code reaches the network: the browser's fetch and patience, or a test's. */
export interface FeedClient {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  timeoutMs: number;
}

export const browserClient: FeedClient = { fetch: (url, init) => fetch(url, init), timeoutMs: 20_000 };
export const MAX_RESPONSE_BYTES = 5_000_000;
const MAX_REDIRECTS = 5;

export class FetchError extends Error {}

/**
 * A GET without cookies or referrer, given up after a timeout. Redirects are
 * followed by hand, each only to the same site as `siteOf` (the feed's) and
 * never from a public address to a private one; a browser that hides where a
 * redirect goes ("opaque") gets no blind hop. The body is read as it streams
 * and abandoned past the size limit.
 */
export async function fetchText(
  client: FeedClient,
  url: string,
  headers: Record<string, string> = {},
  siteOfRequest: string = url,
): Promise<{ status: number; text: string; headers: Headers; url: string }> {
  const deadline = AbortSignal.timeout(client.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await request(client, current, headers, deadline);
    const next = redirectTarget(response, current);
    if (next === null) return { ...(await readBody(response)), headers: response.headers, url: current };
    if (hop >= MAX_REDIRECTS) throw new FetchError(`redirects more than ${MAX_REDIRECTS} times`);
    refuseRedirect(next, siteOfRequest);
    current = next;
  }
}

async function request(
  client: FeedClient,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
) {
  try {
    return await client.fetch(url, {
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new FetchError(`did not answer within ${client.timeoutMs / 1000} s`);
    throw new FetchError(`could not be reached (${(error as Error).message})`);
  }
}

/** Where a redirect goes, or null for a response that is not one. */
function redirectTarget(response: Response, from: string): string | null {
  if (response.type === 'opaqueredirect')
    throw new FetchError('redirects to an address the browser does not show; give the address it ends at');
  if (response.status < 300 || response.status >= 400 || response.status === 304) return null;
  const location = response.headers.get('location');
  if (!location) throw new FetchError(`answered HTTP ${response.status} without saying where to`);
  return new URL(location, from).href;
}

function refuseRedirect(target: string, site: string): void {
  const to = new URL(target);
  if (to.protocol !== 'http:' && to.protocol !== 'https:')
    throw new FetchError(`redirects to a ${to.protocol} address`);
  if (isPrivateHost(to.hostname) && !isPrivateHost(new URL(site).hostname))
    throw new FetchError(`redirects to a private address (${to.hostname})`);
  if (!sameSite(target, site)) throw new FetchError(`redirects off its site, to ${to.hostname}`);
}

/** What the usual refusals mean, for the reader (a FetchError's words follow "The feed …"). */
const STATUS_WORDS: Record<number, string> = {
  401: ' (it asks for a login)',
  403: ' (access refused)',
  404: ' (no feed at this address)',
  410: ' (the feed is gone)',
  429: ' (too many requests: it will be tried again later)',
  500: ' (the server failed)',
  502: ' (the server failed)',
  503: ' (the server is unavailable for now)',
};

async function readBody(response: Response): Promise<{ status: number; text: string }> {
  if (response.status === 304) return { status: 304, text: '' };
  if (!response.ok)
    throw new FetchError(`answered HTTP ${response.status}${STATUS_WORDS[response.status] ?? ''}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_RESPONSE_BYTES) throw new FetchError(`is too large (${length} bytes)`);
  const reader = response.body?.getReader();
  if (!reader) return { status: response.status, text: '' };
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (bytes > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new FetchError(`is too large (more than ${MAX_RESPONSE_BYTES} bytes)`);
    }
    chunks.push(read.value);
  }
  return { status: response.status, text: decode(chunks, bytes, response.headers.get('content-type')) };
}

function decode(chunks: readonly Uint8Array[], bytes: number, contentType: string | null): string {
  const joined = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.byteLength;
  }
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(joined);
  } catch {
    return new TextDecoder('utf-8').decode(joined);
  }
}
