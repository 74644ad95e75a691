import type { INestApplicationContext } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';
import { isDatabaseUnavailableError } from '@mab/persistence';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { ApiError, errorBody, type ApiErrorBody } from '../http/api-error';

/** Decides whether an upgrade request may become a WebSocket; throws an ApiError when not. */
export type AdmitUpgrade = (req: IncomingMessage) => Promise<void>;

type VerifyDone = (verified: boolean, code?: number, message?: string, headers?: OutgoingHttpHeaders) => void;

/**
 * Nest's `ws` adapter with every upgrade admitted before the handshake completes (ws's `verifyClient`): a missing
 * or bad credential is an HTTP 401 with the API's one error body, not an open socket closed a moment later, so
 * clients and proxies see the same statuses as on the REST API.
 */
export class AdmittingWsAdapter extends WsAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly admit: AdmitUpgrade,
  ) {
    super(app);
  }

  override create(port: number, options: Record<string, unknown> = {}): unknown {
    const verifyClient = (info: { req: IncomingMessage }, done: VerifyDone) => {
      this.admit(info.req).then(
        () => done(true),
        (err: unknown) => {
          const { body, headers } = refusal(err);
          done(false, body.status_code, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });
        },
      );
    };
    return super.create(port, { ...options, verifyClient });
  }
}

function refusal(err: unknown): { body: ApiErrorBody; headers: Record<string, string> } {
  if (err instanceof ApiError) return { body: err.getResponse() as ApiErrorBody, headers: err.headers };
  if (isDatabaseUnavailableError(err))
    return {
      body: errorBody(503, 'service_unavailable', 'the gateway cannot check credentials right now; retry soon'),
      headers: { 'Retry-After': '5' },
    };
  return { body: errorBody(500, 'internal_error', 'the connection could not be admitted'), headers: {} };
}
