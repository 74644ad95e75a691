import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { defineEvent } from '../registry';

export const SITE_EVENT_TYPES = [
  'page_view',
  'component_view',
  'component_interaction',
  'form_submission',
  'custom',
] as const;
export type SiteEventType = (typeof SITE_EVENT_TYPES)[number];

export class SiteEventReceivedV1 {
  /** Also the envelope id: one visitor event, one message. */
  @IsUUID()
  event_id: string;

  @IsUUID()
  site_id: string;

  @IsIn(SITE_EVENT_TYPES)
  type: SiteEventType;

  @IsOptional()
  @IsUUID()
  component_id?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  visitor_id?: string | null;

  @IsObject()
  @Type(() => Object)
  data: Record<string, unknown>;

  /** Salted hash of the client IP (for per-visitor counts without storing IPs). */
  @IsString()
  @MaxLength(100)
  ip_hash: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  user_agent?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  referrer?: string | null;

  @IsISO8601()
  received_at: string;
}

/**
 * A published site's visitor did something (page view, component view or interaction, form submission). The gateway
 * accepts it without login and publishes it; template resolves the site, workflow-engine starts the workflows of a
 * form submission, crm and analytics record it. The workspace is not known at the gateway (sites belong to the
 * template service), so `workspace_id` is null on the envelope.
 */
export const SITE_EVENT_RECEIVED = defineEvent({
  name: 'gateway.site-event.received.v1',
  producer: 'gateway',
  payload: SiteEventReceivedV1,
  description:
    'A published site reported a visitor event (page view, component view/interaction, form submission, custom).',
});
