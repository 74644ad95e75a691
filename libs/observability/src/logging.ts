import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import type { Params } from 'nestjs-pino';
import { currentContext, sanitizeCorrelationId } from './request-context';

export interface LoggingOptions {
  service: string;
  instanceId: string;
  level: string;
  /** Destination stream (tests capture lines); defaults to stdout. */
  destination?: pino.DestinationStream;
}

export const CORRELATION_HEADER = 'x-correlation-id';

/** One JSON line per event, carrying service, instance and the current correlation id. Secrets are redacted. */
export function createRootLogger(options: LoggingOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service, instance: options.instanceId },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-api-key"]',
          'password',
          '*.password',
          'refresh_token',
          '*.refresh_token',
          'access_token',
          '*.access_token',
          'api_key',
          '*.api_key',
        ],
        censor: '[redacted]',
      },
      mixin(_mergeObject, _level, logger) {
        const ctx = currentContext();
        if (!ctx) return {};
        // pino writes a logger's bindings and the mixin's keys side by side, without merging: a logger that already
        // binds the id (pino-http's request logger, see customProps) would print the key twice.
        // The raw bindings string, not logger.bindings() (which parses JSON on every line).
        const bound = String((logger as unknown as Record<symbol, unknown>)[pino.symbols.chindingsSym] ?? '').includes(
          '"correlation_id":',
        );
        return {
          ...(bound ? {} : { correlation_id: ctx.correlationId }),
          ...(ctx.workspaceId ? { workspace_id: ctx.workspaceId } : {}),
          ...(ctx.userId ? { user_id: ctx.userId } : {}),
        };
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

/** nestjs-pino parameters: HTTP access logs reuse the correlation id from the request header or make one. */
export function nestPinoParams(logger: Logger): Params {
  return {
    pinoHttp: {
      logger,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = sanitizeCorrelationId(req.headers[CORRELATION_HEADER] ?? randomUUID());
        res.setHeader(CORRELATION_HEADER, id);
        return id;
      },
      // Bound on the request's logger, so the access line of a request the client aborted (written from the socket's
      // close, outside the request context) still carries the id; the root logger's mixin then leaves it out.
      customProps: (req: IncomingMessage) => ({ correlation_id: (req as IncomingMessage & { id?: string }).id }),
      autoLogging: {
        // Probes and scrapes every few seconds would drown the real traffic.
        ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? ''),
      },
      serializers: {
        // Browsers' EventSource sends the access token in the query string: never log it.
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: req.url?.replace(/([?&](access_token|token|key)=)[^&]*/gi, '$1[redacted]'),
        }),
        res: (res: { statusCode: number }) => ({ status_code: res.statusCode }),
      },
    },
  };
}
