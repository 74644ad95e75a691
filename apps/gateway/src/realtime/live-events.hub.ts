import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { MessageEnvelope } from '@mab/contracts';
import { AmqpConnection, MESSAGING_OPTIONS, subscribeBroadcast, type MessagingOptions } from '@mab/messaging';
import { Subject } from 'rxjs';
import { DataSource, IsNull } from 'typeorm';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { ApiKeyEntity, MembershipEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';

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
