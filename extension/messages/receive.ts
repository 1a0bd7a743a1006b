import * as v from 'valibot';

/** Validates an incoming message against a schema; logs and returns null when it does not fit. */
export function parseMessage<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
  from: string,
): v.InferOutput<S> | null {
  const result = v.safeParse(schema, message);
  if (result.success) return result.output;
  const reason = result.issues
    .map((issue) => `${v.getDotPath(issue) ?? 'message'}: ${issue.message}`)
    .join('; ');
  console.warn(`Wiretrace: rejected a message from ${from}: ${reason}`);
  return null;
}
