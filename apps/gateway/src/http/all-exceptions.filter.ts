import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ServiceError } from '@mab/contracts';
import { RequestTimeoutError, ServiceUnavailableError } from '@mab/messaging';
import { isDatabaseUnavailableError } from '@mab/persistence';
import type { Response } from 'express';
import { ApiError, errorBody, type ApiErrorBody } from './api-error';

const DEFAULT_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'rate_limited',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** body-parser's errors carry a `type`; they reach us before any route. */
const BODY_PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'malformed_json', 'the request body is not valid JSON'],
  'entity.too.large': [413, 'payload_too_large', 'the request body is larger than allowed'],
  'encoding.unsupported': [415, 'unsupported_media_type', 'unsupported content encoding'],
  'charset.unsupported': [415, 'unsupported_media_type', 'unsupported charset'],
  'request.aborted': [400, 'request_aborted', 'the request was aborted'],
};

/**
 * Every 503 tells the client when to come back: soon enough to get over a blip (lost connections are re-made within
 * a second or two), late enough that a crowd of clients does not hammer a dependency that is still away.
 */
const RETRY_AFTER_SECONDS = 5;
const SERVICE_UNAVAILABLE =
  'a service needed for this request is unavailable; retry after the time given in Retry-After';

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'status_code' in value;
}

/**
 * Every error leaves the gateway as the one error body (http/api-error.ts); stack traces and internals never do. Service errors
 * keep their status and code, broker timeouts are 504, a lost database or broker and a service nobody runs are 503
 * with Retry-After, anything unexpected is 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // Readiness answers 503 with terminus's per-dependency report; probes and operators read that, keep it.
    const health = exception instanceof HttpException ? exception.getResponse() : undefined;
    if (
      typeof health === 'object' &&
      health !== null &&
      'details' in health &&
      (health as { status?: string }).status === 'error'
    ) {
      if (!response.headersSent) response.status((exception as HttpException).getStatus()).json(health);
      return;
    }
    const body = this.toBody(exception);
    const unavailable = body.status_code === 503;
    // A 503 is an outage of something else (its own alerts and readiness report it), not a fault of this request:
    // logged as a warning, so an outage does not bury real errors under one error per request.
    if (unavailable) this.logger.warn({ err: exception, code: body.code }, `request refused: ${body.message}`);
    else if (body.status_code >= 500)
      this.logger.error({ err: exception, code: body.code }, `request failed: ${body.message}`);
    if (response.headersSent) return;
    if (unavailable) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (exception instanceof ApiError)
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    response.status(body.status_code).json(body);
  }

  toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof ServiceError) {
      // The service lost a dependency of its own (its database, say): as retryable for the client as ours would be.
      if (exception.statusCode === 503) {
        return errorBody(503, 'service_unavailable', SERVICE_UNAVAILABLE);
      }
      const status = exception.statusCode >= 500 ? 502 : exception.statusCode;
      const message = exception.statusCode >= 500 ? 'a service failed to handle the request' : exception.message;
      return errorBody(
        status,
        exception.statusCode >= 500 ? 'service_error' : exception.code,
        message,
        exception.details,
      );
    }
    if (exception instanceof RequestTimeoutError) {
      return errorBody(504, 'gateway_timeout', 'a service did not answer in time');
    }
    if (exception instanceof ServiceUnavailableError) {
      return errorBody(503, 'service_unavailable', SERVICE_UNAVAILABLE);
    }
    if (isDatabaseUnavailableError(exception)) {
      return errorBody(
        503,
        'service_unavailable',
        'the database is unreachable; retry after the time given in Retry-After',
      );
    }
    if (exception instanceof ThrottlerException) {
      return errorBody(429, 'rate_limited', 'too many requests; retry after the time given in Retry-After');
    }
    // Nest wraps body-parser's errors in an HttpException; the original (with its `type`) is the cause.
    const parserType = ((exception as { cause?: { type?: string } })?.cause ?? (exception as { type?: string }))?.type;
    if (parserType && BODY_PARSER_ERRORS[parserType]) {
      const [status, code, message] = BODY_PARSER_ERRORS[parserType];
      return errorBody(status, code, message);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (isApiErrorBody(response)) return response;
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      return errorBody(status, DEFAULT_CODES[status] ?? `http_${status}`, message);
    }
    // Two requests racing to create the same thing: the database's unique constraint decides, the loser gets 409.
    if ((exception as { driverError?: { code?: string } })?.driverError?.code === '23505') {
      return errorBody(409, 'conflict', 'this conflicts with a change made at the same time; reload and try again');
    }
    const parserError = exception as { status?: number };
    if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      return errorBody(
        parserError.status,
        DEFAULT_CODES[parserError.status] ?? 'bad_request',
        'the request could not be read',
      );
    }
    return errorBody(500, 'internal_error', 'something went wrong on our side; it has been logged');
  }
}
