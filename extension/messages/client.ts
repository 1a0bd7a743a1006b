import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { parseMessage } from './receive.ts';
import {
  type Envelope,
  REQUESTS,
  type ReplyOf,
  type RequestOf,
  type RequestType,
  requestSchemaOf,
} from './requests.ts';

export class WorkerError extends Error {}

const envelopes = new Map<RequestType, v.GenericSchema<unknown, Envelope<RequestType>>>();

/** The envelope of an answer to a request of this type, with the value its declaration says. */
function envelopeOf<T extends RequestType>(type: T): v.GenericSchema<unknown, Envelope<T>> {
  let schema = envelopes.get(type);
  if (!schema) {
    schema = v.variant('ok', [
      v.strictObject({ ok: v.literal(true), value: REQUESTS[type].reply }),
      v.strictObject({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(2_000)) }),
    ]) as v.GenericSchema<unknown, Envelope<RequestType>>;
    envelopes.set(type, schema);
  }
  return schema as v.GenericSchema<unknown, Envelope<T>>;
}

/**
 * Sends a request to the background worker and returns its answer, both
 * checked against the request's declaration (requests.ts); throws the
 * worker's error, or says what did not fit.
 */
export async function askWorker<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  const schema = requestSchemaOf(request.type);
  if (!schema || !v.safeParse(schema, request).success)
    throw new WorkerError(`a malformed ${String(request.type)} request was not sent`);
  const reply = parseMessage(
    envelopeOf(request.type),
    await browser.runtime.sendMessage(request),
    `the background worker (${request.type})`,
  );
  if (!reply) throw new WorkerError('the background worker did not answer as expected');
  if (!reply.ok) throw new WorkerError(reply.error);
  return reply.value;
}
