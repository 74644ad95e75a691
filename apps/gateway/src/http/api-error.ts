import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

/** The one error body of the public API (docs/architecture.md, "The gateway: identity, limits, errors"). */
export interface ApiErrorBody {
  status_code: number;
  error: string;
  code: string;
  message: string;
  details: unknown[];
}

export function errorBody(status: number, code: string, message: string, details: unknown[] = []): ApiErrorBody {
  return { status_code: status, error: STATUS_CODES[status] ?? 'Error', code, message, details };
}

/** Throw this from controllers and use cases: it reaches the client exactly as given. */
export class ApiError extends HttpException {
  constructor(
    status: number,
    code: string,
    message: string,
    details: unknown[] = [],
    /** Response headers that belong to this error (Retry-After on a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(errorBody(status, code, message, details), status);
  }

  /** 429 with the Retry-After (seconds) a client must wait. */
  static tooManyRequests(code: string, message: string, retryAfterSeconds: number): ApiError {
    return new ApiError(429, code, message, [], { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
  }

  static unauthorized(message = 'authentication required', code = 'unauthorized'): ApiError {
    return new ApiError(401, code, message);
  }

  static forbidden(message: string, code = 'forbidden'): ApiError {
    return new ApiError(403, code, message);
  }

  /** Also what another workspace's resource answers: it does not exist for you. */
  static notFound(what: string): ApiError {
    return new ApiError(404, 'not_found', `${what} was not found`);
  }

  static conflict(message: string, code = 'conflict'): ApiError {
    return new ApiError(409, code, message);
  }
}
