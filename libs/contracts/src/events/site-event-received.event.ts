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

export const SITE_EVENT_DEVICES = ['desktop', 'mobile', 'tablet'] as const;
export type SiteEventDevice = (typeof SITE_EVENT_DEVICES)[number];

export class SiteEventUtmV1 {
  @IsOptional() @IsString() @MaxLength(200) source?: string;
  @IsOptional() @IsString() @MaxLength(200) medium?: string;
  @IsOptional() @IsString() @MaxLength(200) campaign?: string;
  @IsOptional() @IsString() @MaxLength(200) term?: string;
  @IsOptional() @IsString() @MaxLength(200) content?: string;
}

export class SiteEventReceivedV1 {
  /**
   * The page's own id of the event (or one the gateway made): what the page was answered. The envelope id is
   * derived from it and the site (uuid v5), so two sites' pages can never collide in an inbox.
   */
  @IsUUID()
  event_id: string;

  @IsUUID()
  site_id: string;

  /** The site's workspace (also on the envelope), from the gateway's site directory. */
  @IsUUID()
  workspace_id: string;

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

  /** The visitor's time of the event, clamped to [received_at − 24 h, received_at]. */
  @IsOptional()
  @IsISO8601()
  occurred_at?: string;

  /** The site's page path (`/`, `/pricing`). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  page?: string | null;

  @IsOptional()
  @IsObject()
  @Type(() => SiteEventUtmV1)
  utm?: SiteEventUtmV1 | null;

  @IsOptional()
  @IsIn(SITE_EVENT_DEVICES)
  device?: SiteEventDevice | null;
}

/**
 * A published site's visitor did something (page view, component view or interaction, form submission). The gateway
 * accepts it without login, only for a published site, and publishes it with the site's workspace (from its site
 * directory) on the envelope and in the payload; workflow-engine starts the workflows of a form submission, crm and
 * analytics record it. `event_id` is the page's own id when it sent one (the gateway accepts it once).
 */
export const SITE_EVENT_RECEIVED = defineEvent({
  name: 'gateway.site-event.received.v1',
  producer: 'gateway',
  payload: SiteEventReceivedV1,
  description:
    'A published site reported a visitor event (page view, component view/interaction, form submission, custom).',
});
