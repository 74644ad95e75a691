import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { SITE_EVENT_RECEIVED } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../../gateway.env';
import { GATEWAY_ENV } from '../../gateway.tokens';
import { ApiError } from '../../http/api-error';
import type { AcceptedEventView, PublicEventDto } from '../public-events.dto';

export interface RecordSiteEventCommand {
  siteId: string;
  event: PublicEventDto;
  clientIp: string;
  userAgent?: string;
  referrer?: string;
}

/**
 * A published site's visitor did something: the event goes into the gateway's outbox (published as
 * `gateway.site-event.received.v1`) and is acknowledged; the services pick it up from the broker. The client IP is
 * kept only as a keyed hash.
 */
@Injectable()
export class RecordSiteEventUseCase {
  private readonly ipHashKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    // A key of its own, derived one-way from the gateway secret: the hash reveals nothing about the JWT key.
    this.ipHashKey = createHmac('sha256', env.JWT_SECRET).update('ip-hash-key/v1').digest();
  }

  async execute(command: RecordSiteEventCommand): Promise<AcceptedEventView> {
    const { event } = command;
    if (event.type === 'form_submission' && typeof event.data?.form_data !== 'object') {
      throw new ApiError(400, 'validation_failed', 'a form_submission carries the form fields in data.form_data', [
        { field: 'data.form_data', constraints: ['form_data must be an object'] },
      ]);
    }
    const eventId = randomUUID();
    await this.dataSource.transaction((manager) =>
      this.publisher.publish(
        manager,
        SITE_EVENT_RECEIVED,
        {
          event_id: eventId,
          site_id: command.siteId,
          type: event.type,
          component_id: event.component_id ?? null,
          visitor_id: event.visitor_id ?? null,
          data: event.data ?? {},
          ip_hash: createHmac('sha256', this.ipHashKey).update(command.clientIp).digest('hex').slice(0, 32),
          user_agent: command.userAgent?.slice(0, 500) ?? null,
          referrer: command.referrer?.slice(0, 2000) ?? null,
          received_at: new Date().toISOString(),
        },
        { eventId, workspaceId: null, userId: null },
      ),
    );
    return { event_id: eventId };
  }
}
