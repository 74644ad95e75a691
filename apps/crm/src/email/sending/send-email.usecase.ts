import { Inject, Injectable } from '@nestjs/common';
import {
  EMAIL_SENT,
  ServiceError,
  type EmailCategory,
  type RenderedSendView,
  type SendEmailRequest,
} from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { ActivityRecorder } from '../../activities/activity-recorder';
import { ContactEntity } from '../../contacts/contact.entity';
import { UpsertContactUseCase } from '../../contacts/usecases/upsert-contact.usecase';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import { EmailSendEntity, SuppressionEntity } from '../email.entities';
import { EmailTokens, emailHash } from '../email-tokens';
import { builtInCategory } from '../email-views';
import { appendComplianceFooter, appendOpenPixel, rewriteLinks } from '../rendering/email-html';
import { checkEmailTemplate, defaultEmailTemplateEngine, type EmailContent } from '../rendering/email-template-engine';
import { resolveTemplate } from '../templates/email-template-lookup';
import { MAIL_TRANSPORT } from './mail-transport.provider';
import type { MailTransport } from '../transport/mail-transport';
import { MergeDataBuilder } from './merge-data';

/** The send id a preview's links and unsubscribe token carry: it names no send (they lead nowhere). */
const PREVIEW_SEND_ID = '00000000-0000-0000-0000-000000000000';

export interface SendEmailCommand {
  request: SendEmailRequest;
  manager: EntityManager;
  workspaceId: string;
}

/**
 * One email to one recipient, as a row of `email_sends` written in the caller's transaction:
 * - the same idempotency key again returns the first send (the unique index settles a race);
 * - marketing email to an unsubscribed, bounced or suppressed address is recorded as `suppressed` with the reason,
 *   and never handed to a transport; marketing email carries the unsubscribe link (List-Unsubscribe, one-click) and
 *   the workspace's postal address, and is refused without one;
 * - the message is rendered once, here, and stored as sent; links and an open pixel point at signed tokens;
 * - with the local sink it is "sent" in this transaction; with SendGrid it is queued and the dispatcher sends it
 *   after the commit (a send is never attempted for a row that might roll back).
 */
@Injectable()
export class SendEmailUseCase {
  private readonly engine = defaultEmailTemplateEngine();
  private readonly tokens: EmailTokens;

  constructor(
    private readonly publisher: EventPublisher,
    private readonly mergeData: MergeDataBuilder,
    private readonly recorder: ActivityRecorder,
    private readonly upsertContact: UpsertContactUseCase,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {
    this.tokens = new EmailTokens(env.EMAIL_TOKEN_SECRET);
  }

  async execute({ request, manager, workspaceId }: SendEmailCommand): Promise<EmailSendEntity> {
    const sends = WorkspaceRepository.of(manager, EmailSendEntity, workspaceId);
    if (request.idempotency_key) {
      const earlier = await sends.findOne({ idempotencyKey: request.idempotency_key });
      if (earlier) return earlier;
    }
    const { contact, toEmail, content, templateRef, category } = await this.prepare(manager, workspaceId, request);

    const settings = await this.mergeData.settings(manager, workspaceId);
    const blocked =
      category === 'marketing' ? await this.suppressedBecause(manager, workspaceId, contact, toEmail) : null;
    if (category === 'marketing' && !blocked && !settings?.postalAddress) {
      throw new ServiceError(409, 'postal_address_required', 'marketing email needs the workspace postal address', [
        {
          field: 'postal_address',
          constraints: ['set it with PUT /api/crm/email-settings before sending marketing email'],
        },
      ]);
    }

    const row = await sends.insertUnlessConflict({
      contactId: contact?.id ?? null,
      // An erased address is kept only as a hash: a send refused because of it must not write it down again.
      toEmail: blocked && (await this.erased(manager, workspaceId, toEmail)) ? null : toEmail,
      toName: contact?.name ?? null,
      template: templateRef,
      category,
      status: blocked ? 'suppressed' : 'queued',
      statusReason: blocked,
      subject: content.subject.slice(0, 998),
      idempotencyKey: request.idempotency_key ?? null,
      workflowId: request.workflow_id ?? null,
    });
    if (!row) return (await sends.findOne({ idempotencyKey: request.idempotency_key! }))!; // a concurrent twin won
    if (blocked) return (await sends.findById(row.id))!;

    const rendered = this.render(
      workspaceId,
      row.id,
      category,
      content,
      this.mergeData.build(contact, toEmail, settings, request.data),
      settings?.postalAddress ?? null,
      settings?.fromName ?? null,
    );
    const sink = this.transport.name === 'sink';
    await sends.update(
      { id: row.id },
      {
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        headers: rendered.headers,
        provider: this.transport.name,
        ...(sink
          ? { status: 'sent' as const, sentAt: new Date(), providerMessageId: `sink-${row.id}` }
          : { nextAttemptAt: new Date() }),
      },
    );
    const send = (await sends.findById(row.id))!;
    if (sink) await this.delivered(manager, send);
    return send;
  }

  /** The recipient and the content of a send: its contact (if any), address, template or inline content, category. */
  private async prepare(manager: EntityManager, workspaceId: string, request: SendEmailRequest, write = true) {
    const contacts = WorkspaceRepository.of(manager, ContactEntity, workspaceId);
    let contact: ContactEntity | null = null;
    if (request.contact_id) {
      contact = await contacts.findById(request.contact_id);
      if (!contact) throw ServiceError.notFound('contact', request.contact_id);
    } else if (request.to_email && request.upsert_contact && write) {
      // A workflow writing to a visitor: the contact is made (or completed) in the send's own transaction, one
      // command instead of an upsert and a send.
      const upserted = await this.upsertContact.execute({
        manager,
        workspaceId,
        email: request.to_email,
        fields: { ...request.upsert_contact, source_workflow: request.workflow_id ?? null },
      });
      contact = upserted!.contact;
    } else if (request.to_email) {
      contact = await contacts.findOne({ email: request.to_email });
    } else {
      throw ServiceError.validation('name the recipient', [
        { field: 'contact_id', constraints: ['contact_id or to_email is required'] },
      ]);
    }
    const toEmail = contact?.email ?? request.to_email!;

    let content: EmailContent;
    let templateRef: string | null = null;
    let category: EmailCategory = request.category ?? 'marketing';
    if (request.template) {
      const resolved = await resolveTemplate(manager, workspaceId, request.template);
      templateRef =
        resolved.kind === 'workspace' ? (resolved.template.key ?? resolved.template.id) : resolved.template.key;
      const source = resolved.kind === 'workspace' ? resolved.template : resolved.template.content;
      content = { subject: source.subject, html: source.html, text: source.text ?? null };
      category =
        request.category ??
        (resolved.kind === 'workspace' ? resolved.template.category : builtInCategory(resolved.template.key));
    } else {
      if (!request.subject || !request.html) {
        throw ServiceError.validation('give a template, or a subject and an html body', [
          { field: request.subject ? 'html' : 'subject', constraints: ['is required without a template'] },
        ]);
      }
      content = { subject: request.subject, html: request.html, text: request.text ?? null };
      const issues = checkEmailTemplate(content);
      if (issues.length) throw ServiceError.validation('the email does not compile', issues);
    }

    return { contact, toEmail, content, templateRef, category };
  }

  /**
   * What a send would be, rendered, without sending or recording anything (workflow test runs): recipient,
   * subject, HTML and text as the recipient would get them, and why it would be suppressed, if it would.
   */
  async preview({ request, manager, workspaceId }: SendEmailCommand): Promise<RenderedSendView> {
    const { contact, toEmail, content, category } = await this.prepare(manager, workspaceId, request, false);
    const settings = await this.mergeData.settings(manager, workspaceId);
    const blocked =
      category === 'marketing' ? await this.suppressedBecause(manager, workspaceId, contact, toEmail) : null;
    const rendered = this.render(
      workspaceId,
      PREVIEW_SEND_ID,
      category,
      content,
      this.mergeData.build(contact, toEmail, settings, request.data),
      settings?.postalAddress ?? null,
      settings?.fromName ?? null,
    );
    return {
      to_email: toEmail,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      category,
      suppressed_because: blocked,
    };
  }

  /** Recorded once a message has left: the event, and the contact's timeline. */
  async delivered(manager: EntityManager, send: EmailSendEntity): Promise<void> {
    await this.publisher.publish(
      manager,
      EMAIL_SENT,
      {
        send_id: send.id,
        contact_id: send.contactId,
        template: send.template,
        category: send.category,
        workflow_id: send.workflowId,
        provider: send.provider ?? this.transport.name,
      },
      { workspaceId: send.workspaceId },
    );
    if (send.contactId) {
      await this.recorder.record(manager, send.workspaceId, {
        contactId: send.contactId,
        type: 'email_sent',
        occurredAt: send.sentAt ?? new Date(),
        data: { send_id: send.id, subject: send.subject, template: send.template },
        workflowId: send.workflowId,
        dedupeKey: `email-sent:${send.id}`,
      });
    }
  }

  /** The address is on the suppression list without itself (a GDPR erasure forgot it). */
  private async erased(manager: EntityManager, workspaceId: string, email: string): Promise<boolean> {
    const suppression = await WorkspaceRepository.of(manager, SuppressionEntity, workspaceId).findOne({
      emailHash: emailHash(workspaceId, email),
    });
    return suppression !== null && suppression.email === null;
  }

  private async suppressedBecause(
    manager: EntityManager,
    workspaceId: string,
    contact: ContactEntity | null,
    email: string,
  ): Promise<string | null> {
    if (contact?.status === 'unsubscribed') return 'the contact unsubscribed';
    if (contact?.status === 'bounced') return 'the address bounced';
    const suppression = await WorkspaceRepository.of(manager, SuppressionEntity, workspaceId).findOne({
      emailHash: emailHash(workspaceId, email),
    });
    return suppression ? `the address is on the suppression list (${suppression.reason})` : null;
  }

  private render(
    workspaceId: string,
    sendId: string,
    category: EmailCategory,
    content: EmailContent,
    data: ReturnType<MergeDataBuilder['build']>,
    postalAddress: string | null,
    workspaceName: string | null,
  ): { subject: string; html: string; text: string; headers: Record<string, string> } {
    const base = this.env.PUBLIC_BASE_URL;
    let email = this.engine.render(content, data);
    const headers: Record<string, string> = {};
    if (category === 'marketing') {
      const unsubscribe = `${base}/api/public/email/unsubscribe/${this.tokens.sign('unsubscribe', { w: workspaceId, s: sendId })}`;
      email = appendComplianceFooter(email, {
        unsubscribeUrl: unsubscribe,
        workspaceName: workspaceName ?? '',
        postalAddress,
      });
      // RFC 8058: mail clients offer "unsubscribe" and POST to it; no page, no login.
      headers['List-Unsubscribe'] = `<${unsubscribe}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const html = appendOpenPixel(
      rewriteLinks(
        email.html,
        (url) => `${base}/api/public/email/click/${this.tokens.sign('click', { w: workspaceId, s: sendId, u: url })}`,
      ),
      `${base}/api/public/email/open/${this.tokens.sign('open', { w: workspaceId, s: sendId })}`,
    );
    return { subject: email.subject, html, text: email.text, headers };
  }
}
