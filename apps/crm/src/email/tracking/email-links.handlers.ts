import { Inject, Injectable } from '@nestjs/common';
import {
  CHECK_UNSUBSCRIBE,
  ServiceError,
  TRACK_EMAIL_CLICK,
  TRACK_EMAIL_OPEN,
  UNSUBSCRIBE_EMAIL,
  type EmailClickView,
  type EmailLinkRequest,
  type UnsubscribeView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import { EmailSendEntity, SuppressionEntity } from '../email.entities';
import { EmailTokens, emailHash, type EmailTokenClaims, type EmailTokenPurpose } from '../email-tokens';
import { EmailEventRecorder } from '../events/email-event-recorder';
import { isSafeHttpUrl } from '../rendering/email-html';
import { MergeDataBuilder } from '../sending/merge-data';

/** Mail clients and security scanners that fetch images (or follow links) without a person reading. */
const MACHINE_AGENTS = /bot|crawl|spider|preview|prefetch|scanner|barracuda|mimecast|proofpoint|symantec|ironport/i;
/** An open this soon after sending is a prefetch (Apple Mail Privacy Protection loads images on arrival). */
const MACHINE_OPEN_WINDOW_MS = 2_000;

const hint = (email: string | null) => {
  if (!email) return 'your address';
  const [name, domain] = email.split('@');
  return `${name.slice(0, 1)}…@${domain}`;
};

/**
 * The links inside emails, answered for the gateway: opens and clicks recorded through the email event recorder,
 * one-click unsubscribe. Every token is checked against its HMAC before anything is read: a forged or altered one
 * is a 404, and a click can only ever lead to the URL the email linked to (no open redirect).
 */
@Injectable()
export class EmailLinksHandlers {
  private readonly tokens: EmailTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EmailEventRecorder,
    private readonly mergeData: MergeDataBuilder,
    @Inject(CRM_ENV) env: CrmEnv,
  ) {
    this.tokens = new EmailTokens(env.EMAIL_TOKEN_SECRET);
  }

  private async sendOf(manager: EntityManager | DataSource, purpose: EmailTokenPurpose, token: string) {
    const claims = this.tokens.verify(purpose, token);
    if (!claims) throw ServiceError.notFound('link');
    const send = await WorkspaceRepository.of(manager, EmailSendEntity, claims.w).findById(claims.s);
    if (!send) throw ServiceError.notFound('link');
    return { claims, send };
  }

  @OnCommand(TRACK_EMAIL_OPEN)
  async open(request: EmailLinkRequest, ctx: CommandContext<typeof TRACK_EMAIL_OPEN>): Promise<void> {
    const { send } = await this.sendOf(ctx.manager, 'open', request.token);
    const soon = send.sentAt !== null && Date.now() - send.sentAt.getTime() < MACHINE_OPEN_WINDOW_MS;
    await this.events.opened(ctx.manager, send, new Date(), soon || MACHINE_AGENTS.test(request.user_agent ?? ''));
  }

  @OnCommand(TRACK_EMAIL_CLICK)
  async click(request: EmailLinkRequest, ctx: CommandContext<typeof TRACK_EMAIL_CLICK>): Promise<EmailClickView> {
    const { claims, send } = await this.sendOf(ctx.manager, 'click', request.token);
    if (!isSafeHttpUrl(claims.u)) throw ServiceError.notFound('link');
    // A scanner following every link is not a reader; its visit still gets where it was going.
    if (!MACHINE_AGENTS.test(request.user_agent ?? ''))
      await this.events.clicked(ctx.manager, send, new Date(), claims.u);
    return { url: claims.u };
  }

  @OnCommand(CHECK_UNSUBSCRIBE)
  async check(request: EmailLinkRequest): Promise<UnsubscribeView> {
    const { claims, send } = await this.sendOf(this.dataSource, 'unsubscribe', request.token);
    return this.view(this.dataSource, claims, send);
  }

  @OnCommand(UNSUBSCRIBE_EMAIL)
  async unsubscribe(
    request: EmailLinkRequest,
    ctx: CommandContext<typeof UNSUBSCRIBE_EMAIL>,
  ): Promise<UnsubscribeView> {
    const { claims, send } = await this.sendOf(ctx.manager, 'unsubscribe', request.token);
    if (send.toEmail) await this.events.unsubscribed(ctx.manager, claims.w, send.toEmail, send, new Date());
    return this.view(ctx.manager, claims, send);
  }

  private async view(
    manager: EntityManager | DataSource,
    claims: EmailTokenClaims,
    send: EmailSendEntity,
  ): Promise<UnsubscribeView> {
    const settings = await this.mergeData.settings(manager, claims.w);
    const suppressed = send.toEmail
      ? await WorkspaceRepository.of(manager, SuppressionEntity, claims.w).exists({
          emailHash: emailHash(claims.w, send.toEmail),
        })
      : true;
    return { email_hint: hint(send.toEmail), sender: settings?.fromName ?? '', unsubscribed: suppressed };
  }
}
