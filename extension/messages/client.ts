import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Request, RequestType, Responses } from './protocol.ts';
import { parseMessage } from './receive.ts';

export class WorkerError extends Error {}

/** A reply's envelope, checked on arrival; the value inside is the worker's own answer to this request's type. */
const ReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(2_000)) }),
]);

/** Sends a request to the background worker and returns its typed answer, or throws its error. */
export async function askWorker<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<Responses[T]> {
  const reply = parseMessage(
    ReplySchema,
    await browser.runtime.sendMessage(request),
    'the background worker',
  );
  if (!reply) throw new WorkerError('the background worker did not answer');
  if (!reply.ok) throw new WorkerError(reply.error);
  return reply.value as Responses[T];
}
