import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { MessageEnvelope } from '@mab/contracts';
import { AmqpConnection, MESSAGING_OPTIONS, subscribeBroadcast, type MessagingOptions } from '@mab/messaging';
import {
  filter,
  from,
  interval,
  map,
  merge,
  NEVER,
  ReplaySubject,
  Subject,
  switchMap,
  take,
  timer,
  type Observable,
} from 'rxjs';
import { DataSource, IsNull } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { ApiKeyEntity, MembershipEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';

/** Why a live connection (SSE stream or WebSocket) ends; the client reconnects after the first two. */
export type LiveEnding = 'token_expired' | 'access_lost' | 'shutdown';

/** Domain events of every workspace, as this gateway instance receives them from the broker. */
@Injectable()
export class LiveEventsHub implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly events = new Subject<MessageEnvelope>();
  /**
   * Fires on shutdown: open streams end, so the HTTP server can close instead of waiting for clients. Replayed, so a
   * connection that arrives while the gateway is stopping ends at once.
   */
  readonly closing = new ReplaySubject<void>(1);

  constructor(
    private readonly connection: AmqpConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
    @Inject(GATEWAY_ENV) readonly env: GatewayEnv,
    private readonly adapterHost: HttpAdapterHost,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The one rule for when a live connection ends, shared by /api/live and /api/ws: when the access token expires
   * (the client reconnects with a fresh one), when the user loses access to the workspace (re-checked every
   * LIVE_RECHECK_SECONDS), or when the gateway shuts down. Emits the reason once.
   */
  endings(principal: Principal): Observable<LiveEnding> {
    const expired = principal.expiresAt ? timer(Math.max(0, principal.expiresAt - Date.now())) : NEVER;
    const revoked = interval(this.env.LIVE_RECHECK_SECONDS * 1000).pipe(
      // A database blip is not a reason to drop dashboards: the next check decides.
      switchMap(() => from(this.stillAllowed(principal).catch(() => true))),
      filter((allowed) => !allowed),
    );
    return merge(
      this.closing.pipe(map(() => 'shutdown' as const)),
      expired.pipe(map(() => 'token_expired' as const)),
      revoked.pipe(map(() => 'access_lost' as const)),
    ).pipe(take(1));
  }

  /** Whether the principal may still see its workspace (member not removed, key not revoked). */
  async stillAllowed(principal: Principal): Promise<boolean> {
    if (principal.kind === 'api_key') {
      return (
        (await this.dataSource.getRepository(ApiKeyEntity).countBy({ id: principal.apiKeyId, revokedAt: IsNull() })) > 0
      );
    }
    return (
      (await this.dataSource
        .getRepository(MembershipEntity)
        .countBy({ userId: principal.userId, workspaceId: principal.workspaceId })) > 0
    );
  }

  onApplicationBootstrap(): void {
    const patterns = this.env.LIVE_EVENT_PATTERNS.split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    subscribeBroadcast(this.connection, this.messaging.prefix, patterns, (envelope) => this.events.next(envelope));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing.next();
    this.closing.complete();
    // The ended streams leave keep-alive sockets behind; close them, or the server waits out their idle timeout.
    await new Promise((resolve) => setTimeout(resolve, 20));
    (
      this.adapterHost.httpAdapter?.getHttpServer() as { closeIdleConnections?: () => void } | undefined
    )?.closeIdleConnections?.();
  }
}
