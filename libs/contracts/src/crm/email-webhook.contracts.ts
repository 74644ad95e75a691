import { ApiProperty } from '@nestjs/swagger';
import { Text } from '../fields';
import { defineCommand } from '../registry';

/**
 * Largest Event Webhook post the gateway takes (bytes). SendGrid posts a batch when it reaches 768 kB (or every 30
 * seconds), so this leaves room; its base64 form (4/3 of it) stays far below the broker's message size limit.
 */
export const SENDGRID_WEBHOOK_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A SendGrid Event Webhook post as the gateway received it. The signature covers the exact bytes, so the gateway
 * passes them on untouched (base64: any byte survives the JSON of the message) with the two signature headers.
 */
export class SendGridWebhookRequest {
  @Text({
    max: Math.ceil(SENDGRID_WEBHOOK_MAX_BYTES / 3) * 4,
    pattern: /^[A-Za-z0-9+/]*={0,2}$/,
    patternMessage: 'must be base64',
    description: 'The raw body, base64',
  })
  raw_body: string;
  /** `X-Twilio-Email-Event-Webhook-Signature`: base64 DER ECDSA signature (absent: refused). */
  @Text({ optional: true, max: 500 }) signature?: string;
  /** `X-Twilio-Email-Event-Webhook-Timestamp`: Unix seconds (absent or stale: refused). */
  @Text({ optional: true, max: 40 }) timestamp?: string;
}

export class SendGridWebhookView {
  @ApiProperty({ description: 'Events in the post that the crm could read' }) received: number;
  @ApiProperty({ description: 'Events applied to their send (status, timeline, suppressions)' }) applied: number;
  @ApiProperty({ description: 'Events seen before (same sg_event_id): ignored' }) duplicates: number;
  @ApiProperty({ description: 'Events of no send of ours (no or unknown send_id), or with nothing to apply' })
  ignored: number;
}

/**
 * Platform scope: the post names its workspaces in each event's custom args, and only a post signed with the
 * configured key is read at all.
 */
export const RECEIVE_SENDGRID_EVENTS = defineCommand({
  name: 'crm.email.webhook',
  service: 'crm',
  request: SendGridWebhookRequest,
  reply: SendGridWebhookView,
  scope: 'platform',
  mutation: true,
  description:
    "SendGrid's Event Webhook: a signed batch of delivery events applied in one transaction (403 invalid_signature for a bad or stale signature, 404 when no key is configured).",
});
