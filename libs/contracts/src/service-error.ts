/**
 * An error a service means to report to the caller of a command (not found, conflict, validation...).
 * The gateway maps it onto the HTTP error body; anything else thrown by a handler becomes a 500 `internal_error`.
 */
export class ServiceError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  static notFound(what: string, id?: string): ServiceError {
    return new ServiceError(404, 'not_found', id ? `${what} ${id} was not found` : `${what} was not found`);
  }

  static validation(message: string, details: unknown[] = []): ServiceError {
    return new ServiceError(400, 'validation_failed', message, details);
  }

  static conflict(message: string, details: unknown[] = []): ServiceError {
    return new ServiceError(409, 'conflict', message, details);
  }
}
