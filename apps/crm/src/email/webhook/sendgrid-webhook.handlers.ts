import { Inject, Injectable } from '@nestjs/common';
import {
  RECEIVE_SENDGRID_EVENTS,
  ServiceError,
  type SendGridWebhookRequest,
  type SendGridWebhookView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import {
  assertSendGridWebhookPublicKey,
  parseSendGridEvents,
  verifySendGridWebhook,
} from '../transport/sendgrid-webhook';
import { ApplySendGridEventsUseCase } from './usecases/apply-sendgrid-events.usecase';

const REFUSALS = {
  missing_headers: 'the post carries no signature or timestamp',
  bad_signature: 'the signature does not match the body',
  stale_timestamp: 'the timestamp is too old (or in the future): a replay is refused',
} as const;

/**
 * SendGrid's Event Webhook, passed on by the gateway with the raw bytes it received: the signature is checked over
 * exactly those bytes (and the timestamp for staleness) before a single event is read; then the batch is applied in
 * the command's transaction, so it counts wholly or not at all.
 */
@Injectable()
export class SendGridWebhookHandlers {
  private readonly publicKey: string;

  constructor(
    private readonly applyEvents: ApplySendGridEventsUseCase,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {
    this.publicKey = env.SENDGRID_WEBHOOK_PUBLIC_KEY.trim();
    // A key that is set but unusable is an operator's mistake: refusing to start says so at once, where answering
    // every post with an error would only show up as SendGrid's retries piling up.
    if (this.publicKey) assertSendGridWebhookPublicKey(this.publicKey);
  }

  @OnCommand(RECEIVE_SENDGRID_EVENTS)
  async receive(
    request: SendGridWebhookRequest,
    ctx: CommandContext<typeof RECEIVE_SENDGRID_EVENTS>,
  ): Promise<SendGridWebhookView> {
    // Off unless configured: an unsigned webhook would let anyone mark sends bounced and suppress addresses.
    if (!this.publicKey) throw ServiceError.notFound('route');
    const rawBody = Buffer.from(request.raw_body, 'base64');
    const verdict = verifySendGridWebhook({
      publicKey: this.publicKey,
      rawBody,
      signature: request.signature,
      timestamp: request.timestamp,
      toleranceSeconds: this.env.SENDGRID_WEBHOOK_MAX_AGE_SECONDS,
    });
    if (!verdict.ok) throw new ServiceError(403, 'invalid_signature', REFUSALS[verdict.reason]);
    return this.applyEvents.execute({ manager: ctx.manager, events: parseSendGridEvents(rawBody) });
  }
}
