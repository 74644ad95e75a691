import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiForbiddenResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RECEIVE_SENDGRID_EVENTS, SendGridWebhookView } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { Public } from '../identity/principal';
import { ApiErrorView } from '../openapi/openapi';
import { RateLimitGroup } from '../rate-limit/rate-limit-group';

const SIGNATURE = 'X-Twilio-Email-Event-Webhook-Signature';
const TIMESTAMP = 'X-Twilio-Email-Event-Webhook-Timestamp';
/** A big batch is many transactions' worth of work in one: more time than an API call gets. */
const WEBHOOK_TIMEOUT_MS = 30_000;

const header = (req: Request, name: string): string | undefined => {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * SendGrid's Event Webhook. No login: the crm verifies SendGrid's ECDSA signature over the exact bytes posted, so
 * this route gets them raw (`gateway.app.ts` mounts a raw parser for it before the JSON one) and passes them on
 * untouched. Without a configured key it answers 404; a bad or stale signature 403 `invalid_signature`.
 */
@ApiTags('public')
@Controller('api/public/email')
export class SendGridWebhookController {
  constructor(private readonly services: ServiceClient) {}

  @Post('sendgrid-events')
  @HttpCode(200)
  @Public()
  @RateLimitGroup('webhook')
  @ApiOperation({
    summary: "SendGrid's Event Webhook: delivery, bounce, open, click, spam report and unsubscribe events",
    description:
      'Signed by SendGrid (Signed Event Webhook); deduplicated by sg_event_id; each event names its send by the ' +
      'send_id and workspace_id custom args the crm set. Answers the counts of the batch.',
  })
  @ApiHeader({ name: SIGNATURE, required: true, description: 'base64 ECDSA (P-256, SHA-256) signature' })
  @ApiHeader({ name: TIMESTAMP, required: true, description: 'Unix seconds; stale posts are refused' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  @ApiOkResponse({ type: SendGridWebhookView })
  @ApiForbiddenResponse({ type: ApiErrorView, description: 'invalid_signature' })
  receive(@Req() req: Request) {
    // The raw parser leaves a Buffer; an empty post leaves nothing, which fails the signature like any other.
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    return this.services.request(
      RECEIVE_SENDGRID_EVENTS,
      { raw_body: raw.toString('base64'), signature: header(req, SIGNATURE), timestamp: header(req, TIMESTAMP) },
      { timeoutMs: WEBHOOK_TIMEOUT_MS },
    );
  }
}
