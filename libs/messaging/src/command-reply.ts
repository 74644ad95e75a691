import { ServiceError, type CommandReply, type ValidationProblem } from '@mab/contracts';
import { isDatabaseUnavailableError } from '@mab/persistence';

/** A failed reply with the fields the gateway turns into its HTTP error body. */
export function errorReply(statusCode: number, code: string, message: string, details: unknown[] = []): CommandReply {
  return { ok: false, error: { status_code: statusCode, code, message, details } };
}

export function validationFailedReply(problems: ValidationProblem[]): CommandReply {
  return errorReply(400, 'validation_failed', 'request validation failed', problems);
}

/**
 * What a handler's exception becomes on the wire: a ServiceError as the service meant it; a lost database as 503
 * (the caller may retry; nothing internal leaks); anything else as 500 without internals. Returns whether the error
 * was unexpected, so the caller logs those (and only those) as errors.
 */
export function replyForError(err: unknown): { reply: CommandReply; unexpected: boolean } {
  if (err instanceof ServiceError) {
    return { reply: errorReply(err.statusCode, err.code, err.message, err.details), unexpected: false };
  }
  if (isDatabaseUnavailableError(err)) {
    return {
      reply: errorReply(503, 'service_unavailable', 'the service cannot reach its database; retry shortly'),
      unexpected: false,
    };
  }
  return { reply: errorReply(500, 'internal_error', 'the service failed to handle the request'), unexpected: true };
}
