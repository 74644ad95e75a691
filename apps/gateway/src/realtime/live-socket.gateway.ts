import { Inject, Logger, type INestApplication } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayConnection, type OnGatewayDisconnect } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { ApiError } from '../http/api-error';
import { CredentialsAuthenticator } from '../identity/credentials.authenticator';
import type { Principal } from '../identity/principal';
import { AdmittingWsAdapter } from './admitting-ws.adapter';
import { LiveEventsHub } from './live-events.hub';
import { LiveSocketSession } from './live-socket-session';

/** A client sends topic subscriptions and pings; nothing it needs to say comes near this. */
export const LIVE_SOCKET_MAX_MESSAGE_BYTES = 16 * 1024;

const bearerOf = (header: unknown): string | null => {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
};

/**
 * `/api/ws`: the workspace's live events over a WebSocket, beside the SSE stream at `/api/live` (same events, same
 * ending rules), with topic subscriptions and a heartbeat (live-socket-session.ts). Authenticated at the upgrade by
 * `Authorization: Bearer`, `X-API-Key`, or, for browsers (whose WebSocket cannot send headers), `?access_token=`.
 */
@WebSocketGateway({ path: '/api/ws', maxPayload: LIVE_SOCKET_MAX_MESSAGE_BYTES, perMessageDeflate: false })
export class LiveSocketGateway implements OnGatewayConnection<WebSocket>, OnGatewayDisconnect<WebSocket> {
  private readonly logger = new Logger('LiveSocket');
  private readonly admitted = new WeakMap<IncomingMessage, Principal>();
  private readonly sessions = new Map<WebSocket, LiveSocketSession>();
  private readonly perWorkspace = new Map<string, number>();

  constructor(
    private readonly hub: LiveEventsHub,
    private readonly credentials: CredentialsAuthenticator,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  /** Routes the gateway's WebSocket upgrades through `admit` (called from the app's configure, before listen). */
  static useAdapter(app: INestApplication): void {
    const gateway = app.get(LiveSocketGateway);
    app.useWebSocketAdapter(new AdmittingWsAdapter(app, (req) => gateway.admit(req)));
  }

  /** Authenticates the upgrade request and applies the per-workspace cap; throws the API error to answer with. */
  async admit(req: IncomingMessage): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const apiKey = req.headers['x-api-key'];
    const principal = await this.credentials.authenticate({
      apiKey: typeof apiKey === 'string' && apiKey.length > 0 ? apiKey : null,
      accessToken: bearerOf(req.headers.authorization) ?? url.searchParams.get('access_token'),
    });
    if ((this.perWorkspace.get(principal.workspaceId) ?? 0) >= this.env.LIVE_SOCKETS_PER_WORKSPACE)
      throw ApiError.tooManyRequests(
        'too_many_live_connections',
        `a workspace may hold ${this.env.LIVE_SOCKETS_PER_WORKSPACE} live connections on one gateway; close some`,
        30,
      );
    this.admitted.set(req, principal);
  }

  handleConnection(socket: WebSocket, req: IncomingMessage): void {
    const principal = this.admitted.get(req);
    // Every upgrade passes admit first (the adapter's verifyClient); without a principal something is miswired.
    if (!principal) return void socket.close(1011, 'not admitted');
    const session = new LiveSocketSession(socket, principal, this.hub);
    this.sessions.set(socket, session);
    this.perWorkspace.set(principal.workspaceId, (this.perWorkspace.get(principal.workspaceId) ?? 0) + 1);
    session.start();
    this.logger.debug({ workspace_id: principal.workspaceId }, 'live socket opened');
  }

  handleDisconnect(socket: WebSocket): void {
    const session = this.sessions.get(socket);
    if (!session) return;
    session.stop();
    this.sessions.delete(socket);
    const workspace = session.principal.workspaceId;
    const left = (this.perWorkspace.get(workspace) ?? 1) - 1;
    if (left > 0) this.perWorkspace.set(workspace, left);
    else this.perWorkspace.delete(workspace);
  }
}
