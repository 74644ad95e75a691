import { Inject, Injectable, Logger } from '@nestjs/common';
import { INVITATION_CREATED, openInvitationToken, type InvitationCreatedV1 } from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import { SendEmailUseCase } from '../sending/send-email.usecase';
import { INVITATION_EMAIL, invitationSendKey, rolePhrase } from './invitation-email';

/**
 * The gateway's invitations, emailed through the crm's one pipeline (the transport in use, the record of sends) as
 * transactional email: the invited person asked for nothing, but suppressions of marketing do not apply to an
 * invitation. Once per invitation: the inbox drops a redelivered event, the idempotency key a republished one.
 */
@Injectable()
export class InvitationEmailsHandlers {
  private readonly logger = new Logger(InvitationEmailsHandlers.name);

  constructor(
    private readonly sendEmail: SendEmailUseCase,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {}

  @OnEvent(INVITATION_CREATED)
  async created(event: InvitationCreatedV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId || !event.sealed_token) {
      // Published before invitations carried their (sealed) token: there is no link to send.
      this.logger.warn(`invitation ${event.invitation_id}: no workspace or no token in the event, no email sent`);
      return;
    }
    if (new Date(event.expires_at).getTime() <= Date.now()) return; // too late to be of use
    const token = openInvitationToken(event.sealed_token, event.invitation_id, this.env.INVITATION_TOKEN_SECRET);
    // Thrown, not skipped: the event goes through the retries to the dead letters, where an operator who has set
    // the same INVITATION_TOKEN_SECRET on the gateway and the crm can replay it.
    if (!token)
      throw new Error(`invitation ${event.invitation_id}: its token does not open with INVITATION_TOKEN_SECRET`);
    const acceptUrl = `${this.env.DASHBOARD_URL.replace(/\/+$/, '')}/invitations/accept?token=${encodeURIComponent(token)}`;
    await this.sendEmail.execute({
      manager: ctx.manager,
      workspaceId,
      request: {
        to_email: event.email,
        subject: INVITATION_EMAIL.subject,
        html: INVITATION_EMAIL.html,
        category: 'transactional',
        idempotency_key: invitationSendKey(event.invitation_id),
        data: {
          inviter_name: event.inviter_name || 'A colleague',
          workspace_name: event.workspace_name || 'their workspace',
          role_phrase: rolePhrase(event.role),
          accept_url: acceptUrl,
          expires_on: `${event.expires_at.slice(0, 10)} (UTC)`,
        },
      },
    });
  }
}
