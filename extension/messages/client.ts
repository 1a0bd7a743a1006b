import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType, Responses } from './protocol.ts';

export class WorkerError extends Error {}

/** Sends a request to the background worker and returns its typed answer, or throws its error. */
export async function askWorker<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new WorkerError('the background worker did not answer');
  if (!reply.ok) throw new WorkerError(reply.error);
  return reply.value;
}
