import { ApiProperty } from '@nestjs/swagger';
import { Bool, DateTime, Email, JsonObject, Nested, OneOf, Text, Uuid } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent } from '../registry';

export const EMAIL_CATEGORIES = ['marketing', 'transactional'] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];
export const EMAIL_SEND_STATUSES = [
  'queued',
  'sent',
  'delivered',
  'opened',
  'clicked',
  'deferred',
  'bounced',
  'dropped',
  'suppressed',
  'failed',
] as const;
export type EmailSendStatus = (typeof EMAIL_SEND_STATUSES)[number];
export const SUPPRESSION_REASONS = [
  'unsubscribed',
  'hard_bounce',
  'soft_bounces',
  'spam_report',
  'manual',
  'erased',
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];
export const EMAIL_TEMPLATE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---- workspace sender settings -------------------------------------------------------------------------------

export class EmailSettingsBody {
  @Email({ optional: true, example: 'hello@harbor.example', description: 'The From address (a verified sender)' })
  from_email?: string;
  @Text({ optional: true, nullable: true, max: 100, trim: true, example: 'Harbor & Co.' }) from_name?: string | null;
  @Email({ optional: true, nullable: true }) reply_to?: string | null;
  @Text({
    optional: true,
    nullable: true,
    max: 300,
    trim: true,
    multiline: true,
    example: '18 Pier Street, San Francisco, CA 94111',
    description: 'Shown in every marketing email (CAN-SPAM); marketing email is refused without it',
  })
  postal_address?: string | null;
}

export class EmailSettingsView {
  @ApiProperty({ type: String, nullable: true }) from_email: string | null;
  @ApiProperty({ type: String, nullable: true }) from_name: string | null;
  @ApiProperty({ type: String, nullable: true }) reply_to: string | null;
  @ApiProperty({ type: String, nullable: true }) postal_address: string | null;
}

export class GetEmailSettingsRequest {}

// ---- templates -------------------------------------------------------------------------------------------------

export class EmailTemplateBody {
  @Text({ min: 1, max: 120, trim: true, example: 'Welcome' }) name: string;
  @Text({
    optional: true,
    nullable: true,
    max: 80,
    pattern: EMAIL_TEMPLATE_KEY_PATTERN,
    patternMessage: 'must be lower-case words joined by hyphens',
    example: 'welcome-email',
    description: 'A stable name workflows use (`template_id: "welcome-email"`); unique in the workspace',
  })
  key?: string | null;
  @Text({ min: 1, max: 2000, example: 'Welcome, {{ contact.first_name | default: "there" }}!' }) subject: string;
  @Text({ min: 1, max: 500_000, multiline: true, description: 'LiquidJS; every {{ }} is HTML-escaped' }) html: string;
  @Text({
    optional: true,
    nullable: true,
    max: 200_000,
    multiline: true,
    description: 'Made from the HTML when absent',
  })
  text?: string | null;
  @OneOf(EMAIL_CATEGORIES, { optional: true, description: 'Marketing email honours suppressions and unsubscribes' })
  category?: EmailCategory;
}

export class UpdateEmailTemplateBody {
  @Text({ optional: true, min: 1, max: 120, trim: true }) name?: string;
  @Text({ optional: true, nullable: true, max: 80, pattern: EMAIL_TEMPLATE_KEY_PATTERN }) key?: string | null;
  @Text({ optional: true, min: 1, max: 2000 }) subject?: string;
  @Text({ optional: true, min: 1, max: 500_000, multiline: true }) html?: string;
  @Text({ optional: true, nullable: true, max: 200_000, multiline: true }) text?: string | null;
  @OneOf(EMAIL_CATEGORIES, { optional: true }) category?: EmailCategory;
}

export class UpdateEmailTemplateRequest extends UpdateEmailTemplateBody {
  @Uuid() template_id: string;
}

export class EmailTemplateIdRequest {
  @Uuid() template_id: string;
}

export class PreviewEmailBody {
  @Uuid({ optional: true, description: 'Render for this contact (else a sample contact)' }) contact_id?: string;
  @JsonObject({ optional: true, example: { booking_date: '2027-05-20' } }) data?: Record<string, unknown>;
}

export class PreviewEmailRequest extends PreviewEmailBody {
  @Uuid() template_id: string;
}

export class EmailTemplateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) key: string | null;
  @ApiProperty() name: string;
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ enum: EMAIL_CATEGORIES }) category: EmailCategory;
  @ApiProperty({ description: 'One of the built-in templates (read-only; copy it to change it)' }) built_in: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) created_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updated_at: string | null;
}
export const EmailTemplatePage = PageOf(EmailTemplateView);

export class ListEmailTemplatesRequest {}

export class RenderedEmailView {
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty() text: string;
}

// ---- sends -----------------------------------------------------------------------------------------------------

export class SendEmailBody {
  @Uuid({ optional: true, description: 'The contact to write to (or give to_email)' }) contact_id?: string;
  @Email({ optional: true }) to_email?: string;
  @Text({
    optional: true,
    max: 80,
    description: 'A template of the workspace by id or key, or a built-in key (welcome-email, booking-confirmation…)',
  })
  template?: string;
  @Text({ optional: true, max: 2000 }) subject?: string;
  @Text({ optional: true, max: 500_000, multiline: true }) html?: string;
  @Text({ optional: true, max: 200_000, multiline: true }) text?: string;
  @JsonObject({ optional: true, description: 'Merge values ({{ data.booking_date }})' }) data?: Record<string, unknown>;
  @OneOf(EMAIL_CATEGORIES, { optional: true, description: "Default: the template's, else marketing" })
  category?: EmailCategory;
  @Text({ optional: true, max: 200, description: 'The same key twice sends once' }) idempotency_key?: string;
}

/** Who an address is, when a workflow writes to a visitor the crm may not know yet. */
export class SendEmailContactFields {
  @Text({ optional: true, max: 200, trim: true }) name?: string;
  @Text({ optional: true, max: 100, trim: true }) first_name?: string;
  @Text({ optional: true, max: 100, trim: true }) last_name?: string;
  @Uuid({ optional: true }) source_component?: string;
}

/** `crm.email.send`, for the API and for workflow steps. */
export class SendEmailRequest extends SendEmailBody {
  @Uuid({ optional: true }) workflow_id?: string;

  @Nested(() => SendEmailContactFields, {
    optional: true,
    description:
      'With to_email: upsert the contact of that address first (merged, never wiping a known value), in the same ' +
      'transaction as the send, so the email greets them by name and lands on their timeline',
  })
  upsert_contact?: SendEmailContactFields;
}

export class EmailSendView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) contact_id: string | null;
  @ApiProperty({ type: String, nullable: true }) to_email: string | null;
  @ApiProperty({ type: String, nullable: true }) template: string | null;
  @ApiProperty({ enum: EMAIL_CATEGORIES }) category: EmailCategory;
  @ApiProperty({ enum: EMAIL_SEND_STATUSES }) status: EmailSendStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was not sent' }) status_reason: string | null;
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, nullable: true }) html: string | null;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ type: String, nullable: true }) provider: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) workflow_id: string | null;
  @ApiProperty() open_count: number;
  @ApiProperty() click_count: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sent_at: string | null;
}
export const EmailSendPage = PageOf(EmailSendView);

export class ListEmailSendsQuery extends PageQuery {
  @Uuid({ optional: true }) contact_id?: string;
  @OneOf(EMAIL_SEND_STATUSES, { optional: true }) status?: EmailSendStatus;
}

export class EmailSendIdRequest {
  @Uuid() send_id: string;
}

// ---- suppressions ----------------------------------------------------------------------------------------------

export class AddSuppressionRequest {
  @Email() email: string;
  @OneOf(['manual', 'unsubscribed', 'hard_bounce', 'spam_report'] as const, { optional: true })
  reason?: 'manual' | 'unsubscribed' | 'hard_bounce' | 'spam_report';
  @Text({ optional: true, nullable: true, max: 300, trim: true }) note?: string | null;
}

export class SuppressionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once erased (only its hash is kept)' })
  email: string | null;
  @ApiProperty({ enum: SUPPRESSION_REASONS }) reason: SuppressionReason;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}
export const SuppressionPage = PageOf(SuppressionView);

export class ListSuppressionsQuery extends PageQuery {
  @OneOf(SUPPRESSION_REASONS, { optional: true }) reason?: SuppressionReason;
}

export class SuppressionIdRequest {
  @Uuid() suppression_id: string;
}

// ---- commands and events ---------------------------------------------------------------------------------------

/** A workspace command of the crm; `mutation` stays a literal, so handlers get a transaction exactly when they write. */
const command = <R extends object, P, M extends boolean>(
  name: string,
  request: new () => R,
  reply: (new () => P) | 'none',
  mutation: M,
  description: string,
) => defineCommand({ name, service: 'crm', request, reply, scope: 'workspace' as const, mutation, description });

export const GET_EMAIL_SETTINGS = command(
  'crm.email-settings.get',
  GetEmailSettingsRequest,
  EmailSettingsView,
  false,
  "The workspace's sender and postal address.",
);
export const UPDATE_EMAIL_SETTINGS = command(
  'crm.email-settings.update',
  EmailSettingsBody,
  EmailSettingsView,
  true,
  "Changes the workspace's sender and postal address.",
);
export const CREATE_EMAIL_TEMPLATE = command(
  'crm.email-template.create',
  EmailTemplateBody,
  EmailTemplateView,
  true,
  'Creates an email template (checked: parse errors name the field).',
);
export const LIST_EMAIL_TEMPLATES = command(
  'crm.email-template.list',
  ListEmailTemplatesRequest,
  EmailTemplatePage,
  false,
  "The workspace's email templates and the built-in ones.",
);
export const GET_EMAIL_TEMPLATE = command(
  'crm.email-template.get',
  EmailTemplateIdRequest,
  EmailTemplateView,
  false,
  'One email template.',
);
export const UPDATE_EMAIL_TEMPLATE = command(
  'crm.email-template.update',
  UpdateEmailTemplateRequest,
  EmailTemplateView,
  true,
  'Changes an email template.',
);
export const DELETE_EMAIL_TEMPLATE = command(
  'crm.email-template.delete',
  EmailTemplateIdRequest,
  'none',
  true,
  'Deletes an email template.',
);
export const PREVIEW_EMAIL_TEMPLATE = command(
  'crm.email-template.preview',
  PreviewEmailRequest,
  RenderedEmailView,
  false,
  'Renders a template for a contact (or a sample one).',
);
/** A send as it would be, rendered, with nothing sent or recorded (workflow test runs). */
export class RenderedSendView {
  @ApiProperty() to_email: string;
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: EMAIL_CATEGORIES }) category: EmailCategory;
  @ApiProperty({ type: String, nullable: true, description: 'Why it would not be sent (suppression), or null' })
  suppressed_because: string | null;
}

export const RENDER_SEND = command(
  'crm.email.render',
  SendEmailRequest,
  RenderedSendView,
  false,
  'What crm.email.send would send, rendered, with nothing sent or recorded (workflow test runs).',
);
/** How the emails of one workflow did over a window (workflow optimization advice reads it). */
export class EmailStatsRequest {
  @Uuid() workflow_id: string;
  @DateTime() from: string;
  @DateTime() to: string;
}

export class EmailStatsView {
  @ApiProperty({ description: 'Emails handed to the provider (or the sink)' }) sent: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ description: 'Emails opened at least once' }) opened: number;
  @ApiProperty({ description: 'Emails with at least one click' }) clicked: number;
  @ApiProperty({ description: 'Bounced or dropped by the provider' }) bounced: number;
  @ApiProperty({ description: 'Not sent: the address was suppressed' }) suppressed: number;
}

export const EMAIL_STATS = command(
  'crm.email.stats',
  EmailStatsRequest,
  EmailStatsView,
  false,
  "Sent, delivered, opened, clicked and bounced counts of one workflow's emails over a window.",
);
export const SEND_EMAIL = command(
  'crm.email.send',
  SendEmailRequest,
  EmailSendView,
  true,
  'Sends an email to a contact or an address (suppressions honoured); idempotent by key.',
);
export const LIST_EMAIL_SENDS = command(
  'crm.email.list',
  ListEmailSendsQuery,
  EmailSendPage,
  false,
  "The workspace's sends, newest first, with status and content.",
);
export const GET_EMAIL_SEND = command('crm.email.get', EmailSendIdRequest, EmailSendView, false, 'One send.');
export const ADD_SUPPRESSION = command(
  'crm.suppression.add',
  AddSuppressionRequest,
  SuppressionView,
  true,
  'Suppresses an address: it gets no marketing email.',
);
export const LIST_SUPPRESSIONS = command(
  'crm.suppression.list',
  ListSuppressionsQuery,
  SuppressionPage,
  false,
  "The workspace's suppression list.",
);
export const REMOVE_SUPPRESSION = command(
  'crm.suppression.remove',
  SuppressionIdRequest,
  'none',
  true,
  'Lifts a suppression.',
);

export class EmailSentV1 {
  @Uuid() send_id: string;
  @Uuid({ nullable: true }) contact_id: string | null;
  @Text({ max: 80, nullable: true }) template: string | null;
  @OneOf(EMAIL_CATEGORIES) category: EmailCategory;
  @Uuid({ nullable: true }) workflow_id: string | null;
  @Text({ max: 20 }) provider: string;
}

export const EMAIL_SENT = defineEvent({
  name: 'crm.email.sent.v1',
  producer: 'crm',
  payload: EmailSentV1,
  description: 'An email left for its recipient (handed to SendGrid, or stored by the local sink).',
});

/** What happened to a send after it left (from the tracking links or the provider's webhook). */
export class EmailSendEventV1 {
  @Uuid() send_id: string;
  @Uuid({ nullable: true }) contact_id: string | null;
  @Text({ max: 80, nullable: true }) template: string | null;
  @OneOf(EMAIL_CATEGORIES) category: EmailCategory;
  @Uuid({ nullable: true }) workflow_id: string | null;
  /** A click's link. */
  @Text({ optional: true, max: 2048 }) url?: string;
  /** An open by a machine (a mail client's or a security scanner's prefetch), not a person. */
  @Bool({ optional: true }) machine?: boolean;
  /** A bounce: hard (the address does not exist) or soft (mailbox full, greylisted). */
  @OneOf(['hard', 'soft'] as const, { optional: true }) bounce_type?: 'hard' | 'soft';
  @Text({ optional: true, max: 300 }) reason?: string;
  @DateTime() occurred_at: string;
}

const emailEvent = (what: string, description: string) =>
  defineEvent({ name: `crm.email.${what}.v1`, producer: 'crm', payload: EmailSendEventV1, description });

export const EMAIL_DELIVERED = emailEvent('delivered', "The recipient's server accepted a send.");
export const EMAIL_OPENED = emailEvent('opened', 'A send was opened (machine opens flagged).');
export const EMAIL_CLICKED = emailEvent('clicked', 'A link of a send was clicked.');
export const EMAIL_BOUNCED = emailEvent('bounced', 'A send bounced (hard bounces suppress the address at once).');
export const EMAIL_UNSUBSCRIBED = emailEvent(
  'unsubscribed',
  'The recipient unsubscribed (one-click, the link, or a complaint): the address is suppressed.',
);
