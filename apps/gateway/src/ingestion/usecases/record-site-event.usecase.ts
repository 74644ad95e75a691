import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { SITE_EVENT_RECEIVED, uuidV5, type SiteEventReceivedV1 } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../../gateway.env';
import { GATEWAY_ENV } from '../../gateway.tokens';
import { ApiError } from '../../http/api-error';
import { SiteDirectory } from '../../published-sites/site-directory';
import { isLive } from '../../published-sites/site-entry';
import type { AcceptedEventView, PublicEventDto } from '../public-events.dto';
import { SiteEventReceiptEntity } from '../site-event-receipt.entity';

export interface RecordSiteEventCommand {
  siteId: string;
  event: PublicEventDto;
  clientIp: string;
  userAgent?: string;
  referrer?: string;
}

/** How far in the past a visitor's clock may place an event (a beacon retried after a while); later is clamped. */
export const MAX_EVENT_AGE_MS = 24 * 60 * 60 * 1000;
/** The honeypot field of published forms: people never see it, bots fill it in. */
export const HONEYPOT_FIELD = '_hp';
/** Namespace of visitor events' envelope ids (uuid v5 of site and the page's event id). */
const ENVELOPE_NAMESPACE = 'b8f2a7d4-5c1e-4f0a-9d3b-2e6c8a1f7b90';

/** Anything but nothing counts as filled: bots send `1`, `true`, or text. */
const isFilled = (value: unknown) =>
  value !== undefined && value !== null && value !== false && !(typeof value === 'string' && value.trim() === '');

/**
 * A published site's visitor did something. Only a published site's events are accepted (404 otherwise, from the
 * gateway's site directory: no broker round trip), each carries its site's workspace, and an event the page
 * already sent (same `event_id`) is acknowledged again without being published twice. Accepted events go into
 * the gateway's outbox (`gateway.site-event.received.v1`) in the same transaction as their receipt. The client IP
 * is kept only as a keyed hash.
 */
@Injectable()
export class RecordSiteEventUseCase {
  private readonly ipHashKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly directory: SiteDirectory,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    // A key of its own, derived one-way from the gateway secret: the hash reveals nothing about the JWT key.
    this.ipHashKey = createHmac('sha256', env.JWT_SECRET).update('ip-hash-key/v1').digest();
  }

  async execute(command: RecordSiteEventCommand): Promise<AcceptedEventView> {
    const { event } = command;
    const formData = event.data?.form_data;
    if (
      event.type === 'form_submission' &&
      (typeof formData !== 'object' || formData === null || Array.isArray(formData))
    ) {
      throw new ApiError(400, 'validation_failed', 'a form_submission carries the form fields in data.form_data', [
        { field: 'data.form_data', constraints: ['form_data must be an object'] },
      ]);
    }
    const site = await this.directory.byIdentifier(command.siteId);
    if (!isLive(site)) throw ApiError.notFound('site');
    if (event.component_id && !site.componentIds.includes(event.component_id)) {
      // Only the live version's components: an event cannot start the workflows of a component elsewhere.
      throw new ApiError(400, 'validation_failed', 'component_id is not a component of this published site', [
        { field: 'component_id', constraints: ['must be a component of the published site'] },
      ]);
    }

    const eventId = event.event_id ?? randomUUID();
    // The page's id is the page's to choose; the message id is the site's: two sites can never collide.
    const envelopeId = event.event_id ? uuidV5(ENVELOPE_NAMESPACE, `${site.siteId}:${event.event_id}`) : eventId;
    let data = event.data ?? {};
    if (event.type === 'form_submission') {
      const { [HONEYPOT_FIELD]: honeypot, ...fields } = formData as Record<string, unknown>;
      // A filled honeypot is a bot: answered like any event (it learns nothing), published nowhere.
      if (isFilled(honeypot)) return { event_id: eventId };
      data = { ...data, form_data: fields };
    }
    const receivedAt = new Date();
    const payload: SiteEventReceivedV1 = {
      event_id: eventId,
      site_id: site.siteId,
      workspace_id: site.workspaceId,
      type: event.type,
      component_id: event.component_id ?? null,
      visitor_id: event.visitor_id ?? null,
      data,
      ip_hash: createHmac('sha256', this.ipHashKey).update(command.clientIp).digest('hex').slice(0, 32),
      user_agent: command.userAgent?.slice(0, 500) ?? null,
      referrer: (event.referrer ?? command.referrer)?.slice(0, 2000) ?? null,
      received_at: receivedAt.toISOString(),
      occurred_at: clampOccurredAt(event.occurred_at, receivedAt).toISOString(),
      page: event.page ?? null,
      utm: event.utm ?? null,
      device: event.device ?? null,
    };
    await this.dataSource.transaction(async (manager) => {
      if (event.event_id) {
        const receipts = quotedTablePath(manager, SiteEventReceiptEntity);
        const inserted: unknown[] = await manager.query(
          `INSERT INTO ${receipts} ("site_id", "event_id") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
          [site.siteId, eventId],
        );
        if (!inserted.length) return; // seen before: acknowledged again, published once
      }
      await this.publisher.publish(manager, SITE_EVENT_RECEIVED, payload, {
        eventId: envelopeId,
        workspaceId: site.workspaceId,
        userId: null,
      });
    });
    return { event_id: eventId };
  }
}

/** The visitor's clock, trusted within [received − 24 h, received]: never in the future, never ancient. */
export function clampOccurredAt(occurredAt: string | undefined, receivedAt: Date): Date {
  if (!occurredAt) return receivedAt;
  const time = Date.parse(occurredAt);
  if (Number.isNaN(time)) return receivedAt;
  return new Date(Math.min(receivedAt.getTime(), Math.max(time, receivedAt.getTime() - MAX_EVENT_AGE_MS)));
}
