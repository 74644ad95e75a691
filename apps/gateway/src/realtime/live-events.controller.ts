import {
  Controller,
  Inject,
  Injectable,
  Sse,
  type BeforeApplicationShutdown,
  type MessageEvent,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HttpAdapterHost } from '@nestjs/core';
import type { MessageEnvelope } from '@mab/contracts';
import { AmqpConnection, MESSAGING_OPTIONS, subscribeBroadcast, type MessagingOptions } from '@mab/messaging';
import { filter, from, interval, map, merge, NEVER, Subject, switchMap, takeUntil, timer, type Observable } from 'rxjs';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyEntity, MembershipEntity } from '../identity/identity.entities';
import { GATEWAY_ENV } from '../gateway.tokens';
import type { GatewayEnv } from '../gateway.env';
import { CurrentPrincipal, type Principal } from '../identity/principal';
import { NoRateLimit } from '../rate-limit/rate-limit-group';

/** Domain events of every workspace, as this gateway instance receives them from the broker. */
@Injectable()
export class LiveEventsHub implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly events = new Subject<MessageEnvelope>();
  /** Fires on shutdown: open streams end, so the HTTP server can close instead of waiting for clients. */
  readonly closing = new Subject<void>();

  constructor(
    private readonly connection: AmqpConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
    @Inject(GATEWAY_ENV) readonly env: GatewayEnv,
    private readonly adapterHost: HttpAdapterHost,
    private readonly dataSource: DataSource,
  ) {}

  /** Whether the principal may still see its workspace (member not removed, key not revoked). */
  async stillAllowed(principal: Principal): Promise<boolean> {
    if (principal.kind === 'api_key') {
      return (await this.dataSource.getRepository(ApiKeyEntity).countBy({ id: principal.apiKeyId, revokedAt: IsNull() })) > 0;
    }
    return (await this.dataSource.getRepository(MembershipEntity).countBy({ userId: principal.userId, workspaceId: principal.workspaceId })) > 0;
  }

  onApplicationBootstrap(): void {
    const patterns = this.env.LIVE_EVENT_PATTERNS.split(',').map((p) => p.trim()).filter(Boolean);
    subscribeBroadcast(this.connection, this.messaging.prefix, patterns, (envelope) => this.events.next(envelope));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing.next();
    this.closing.complete();
    // The ended streams leave keep-alive sockets behind; close them, or the server waits out their idle timeout.
    await new Promise((resolve) => setTimeout(resolve, 20));
    (this.adapterHost.httpAdapter?.getHttpServer() as { closeIdleConnections?: () => void } | undefined)?.closeIdleConnections?.();
  }
}

@ApiTags('live')
@ApiBearerAuth()
@Controller('api/live')
export class LiveEventsController {
  constructor(private readonly hub: LiveEventsHub) {}

  /**
   * Server-sent events of the caller's workspace (execution progress, new contacts, ...). Authenticate with the
   * Authorization header, or `?access_token=` for browsers' EventSource, which cannot send headers.
   */
  @Sse()
  @NoRateLimit()
  @ApiOperation({ summary: 'Live events of the active workspace (text/event-stream)' })
  @ApiOkResponse({ description: 'event: <event name>, data: {id, name, occurred_at, payload}' })
  stream(@CurrentPrincipal() principal: Principal): Observable<MessageEvent> {
    const events = this.hub.events.pipe(
      filter((e) => e.workspace_id === principal.workspaceId),
      map((e) => ({ id: e.id, type: e.name, data: { id: e.id, name: e.name, occurred_at: e.occurred_at, payload: e.payload } })),
    );
    // A comment-free heartbeat keeps proxies from closing an idle stream.
    const heartbeat = interval(25_000).pipe(map(() => ({ type: 'heartbeat', data: { at: new Date().toISOString() } })));
    // The stream ends when the access token expires (the client reconnects with a fresh one), when the user loses
    // access to the workspace, or when the gateway shuts down.
    const expired = principal.expiresAt ? timer(Math.max(0, principal.expiresAt - Date.now())) : NEVER;
    const revoked = interval(this.hub.env.LIVE_RECHECK_SECONDS * 1000).pipe(
      switchMap(() => from(this.hub.stillAllowed(principal).catch(() => true))),
      filter((allowed) => !allowed),
    );
    return merge(events, heartbeat).pipe(takeUntil(merge(this.hub.closing, expired, revoked)));
  }
}
