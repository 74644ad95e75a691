/**
 * SQLSTATEs that say the server cannot serve us now, whatever the query: shutting down (57P01 admin, 57P02 crash),
 * starting up or in recovery (57P03), out of connection slots (53300). Class 08 (connection exception) is matched by
 * its prefix. Statement timeouts (57014) are deliberately absent: the database answered, the query was too slow.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Socket errors from reaching the server (refused, reset, unreachable, name lookup failed). */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** node-postgres and pg-pool report a lost or unobtainable connection with a plain Error and no code. */
const LOST_CONNECTION_MESSAGE =
  /^(connection terminated|timeout exceeded when trying to connect|client has encountered a connection error and is not queryable|client was closed and is not queryable|cannot use a pool after calling end on the pool)/i;

/**
 * Whether an error from pg or TypeORM means "the database is unreachable or going away" (a retry later can succeed
 * unchanged), as opposed to an error of the query itself (a constraint, a syntax error, a statement timeout). Callers
 * answer the first with 503 and Retry-After instead of a 500.
 */
export function isDatabaseUnavailableError(err: unknown): boolean {
  return matches(err, 0);
}

function matches(err: unknown, depth: number): boolean {
  // The cause chain is short (TypeORM → pg → socket); the bound only guards against a cycle.
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const { code, message, driverError, cause, errors } = err as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || NETWORK_ERROR_CODES.has(code)) return true;
  }
  if (typeof message === 'string' && LOST_CONNECTION_MESSAGE.test(message)) return true;
  // TypeORM's QueryFailedError wraps pg's error; pg-pool chains the socket error as `cause`; a connection to a host
  // with several addresses fails with an AggregateError of one error per address.
  return (
    matches(driverError, depth + 1) ||
    matches(cause, depth + 1) ||
    (Array.isArray(errors) && errors.some((e) => matches(e, depth + 1)))
  );
}
