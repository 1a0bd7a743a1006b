/** The fetch the feed code uses: the browser's, or a test's. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_RESPONSE_BYTES = 5_000_000;

export class FetchError extends Error {}

/**
 * A GET without cookies or referrer, given up after a timeout; a response
 * larger than the limit is refused rather than read whole.
 */
export async function fetchText(
  fetcher: Fetcher,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; headers: Headers }> {
  let response: Response;
  try {
    response = await fetcher(url, {
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new FetchError(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
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
