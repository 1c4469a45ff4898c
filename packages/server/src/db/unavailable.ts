// What an unreachable, stopped or restarting PostgreSQL looks like from here: socket
// errors, pg's own connection failures, SQLSTATE class 08 (connection exception) and 57P
// (shutdown), too many connections, and Knex giving up waiting for a pooled connection.

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '53300']);
const unavailableMessages = /Connection terminated|timeout expired|Client has encountered a connection error|Connection is closed/i;

/**
 * Whether the error says the database cannot be reached now (a 503), rather than that a
 * request was wrong (a bug, a 500). Duck-typed, not `instanceof`: socket errors come from
 * Node's own realm, which is not the tests' one.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message, errors } = error as { name?: unknown; code?: unknown; message?: unknown; errors?: unknown };
  if (name === 'KnexTimeoutError') return true;
  if (typeof code === 'string' && (unavailableCodes.has(code) || code.startsWith('08') || code.startsWith('57P'))) return true;
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return typeof message === 'string' && unavailableMessages.test(message);
}
