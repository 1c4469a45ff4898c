import { stdSerializers } from 'pino';

/**
 * What of a PostgreSQL error (pg, PGlite) is logged: what went wrong and where in the
 * schema. Everything else may hold a request's values (`detail`, `hint`, `where`, pg's
 * `parameters`, PGlite's `params` and `query`), so an allow-list, not a deny-list.
 */
const loggedFields = ['type', 'name', 'message', 'stack', 'code', 'severity', 'schema', 'table', 'column', 'constraint', 'dataType', 'routine', 'file', 'line'];

/** SQLSTATE, as pg and PGlite put it on their errors. */
const isDatabaseError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && /^[0-9A-Z]{5}$/.test(String((error as { code?: unknown }).code)) && 'severity' in error;

/** PostgreSQL quotes the offending value in its messages (`invalid input syntax for type json: "…"`). */
const unquoted = (text: string) => text.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');

/**
 * pino's error serializer, minus what could carry a request's values into the log: of a
 * PostgreSQL error, only `loggedFields`, with the quoted text in its message and stack cut.
 */
export function safeError(error: unknown): unknown {
  // Not `instanceof Error`: PGlite's errors may come from another realm (the tests' VM modules).
  if (typeof error !== 'object' || error === null) return error;
  const serialized = stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!isDatabaseError(error)) return serialized;
  const kept = Object.fromEntries(Object.entries(serialized).filter(([key]) => loggedFields.includes(key)));
  return { ...kept, message: unquoted(String(serialized.message ?? '')), stack: unquoted(String(serialized.stack ?? '')) };
}

/**
 * One line for an error that stops a process (the server's start, a script): the message
 * of the error or of the first of its causes that has one, with its code, never a stack.
 */
export function failureLine(error: unknown): string {
  const reasons: string[] = [];
  const pending: unknown[] = [error];
  for (let next = pending.shift(); next !== undefined && reasons.length < 3; next = pending.shift()) {
    if (typeof next !== 'object' || next === null) {
      reasons.push(String(next));
      continue;
    }
    const { message, code, errors, cause } = next as { message?: unknown; code?: unknown; errors?: unknown; cause?: unknown };
    const text = typeof message === 'string' ? message.split('\n')[0]!.trim() : '';
    if (text) reasons.push(typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text);
    else if (typeof code === 'string') reasons.push(code);
    if (Array.isArray(errors) && !text) pending.push(...errors.slice(0, 1));
    if (cause !== undefined && !text) pending.push(cause);
  }
  return reasons.join('; ') || 'unknown error';
}
