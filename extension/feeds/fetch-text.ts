/** How feed code reaches the network: the browser's fetch and patience, or a test's. */
export interface FeedClient {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  timeoutMs: number;
}

export const browserClient: FeedClient = { fetch: (url, init) => fetch(url, init), timeoutMs: 20_000 };
export const MAX_RESPONSE_BYTES = 5_000_000;

export class FetchError extends Error {}

/**
 * A GET without cookies or referrer, given up after a timeout; a response
 * larger than the limit is refused rather than read whole.
 */
export async function fetchText(
  client: FeedClient,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; headers: Headers }> {
  let response: Response;
  try {
    response = await client.fetch(url, {
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: AbortSignal.timeout(client.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new FetchError(`did not answer within ${client.timeoutMs / 1000} s`);
    throw new FetchError(`could not be reached (${(error as Error).message})`);
  }
  if (response.status === 304) return { status: 304, text: '', headers: response.headers };
  if (!response.ok) throw new FetchError(`the server answered HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_RESPONSE_BYTES) throw new FetchError(`the response is too large (${length} bytes)`);
  const text = await response.text();
  if (text.length > MAX_RESPONSE_BYTES)
    throw new FetchError(`the response is too large (${text.length} bytes)`);
  return { status: response.status, text, headers: response.headers };
}
