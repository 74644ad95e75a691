import type { EmailSendView, EmailSettingsView, EmailTemplateView, SuppressionView } from '@mab/contracts';
import type { BuiltInEmailTemplate } from './rendering/built-in-email-templates';
import type { EmailSendEntity, EmailSettingsEntity, EmailTemplateEntity, SuppressionEntity } from './email.entities';
import { redactInvitationToken } from './invitations/invitation-email';

export const settingsView = (settings: EmailSettingsEntity | null): EmailSettingsView => ({
  from_email: settings?.fromEmail ?? null,
  from_name: settings?.fromName ?? null,
  reply_to: settings?.replyTo ?? null,
  postal_address: settings?.postalAddress ?? null,
});

export const templateView = (t: EmailTemplateEntity): EmailTemplateView => ({
  id: t.id,
  key: t.key,
  name: t.name,
  subject: t.subject,
  html: t.html,
  text: t.text,
  category: t.category,
  built_in: false,
  created_at: t.createdAt.toISOString(),
  updated_at: t.updatedAt.toISOString(),
});

/** Built-ins have stable ids derived from their keys (see builtInId), so they can be read and previewed by id. */
export const builtInView = (t: BuiltInEmailTemplate, id: string): EmailTemplateView => ({
  id,
  key: t.key,
  name: t.name,
  subject: t.content.subject,
  html: t.content.html,
  text: t.content.text ?? null,
  category: builtInCategory(t.key),
  built_in: true,
  created_at: null,
  updated_at: null,
});

/** A send as the API shows it; an invitation's token is hidden (see redactInvitationToken). */
export const sendView = (s: EmailSendEntity): EmailSendView => ({
  id: s.id,
  contact_id: s.contactId,
  to_email: s.toEmail,
  template: s.template,
  category: s.category,
  status: s.status,
  status_reason: s.statusReason,
  subject: s.subject,
  html: redactInvitationToken(s.idempotencyKey, s.html),
  text: redactInvitationToken(s.idempotencyKey, s.text),
  provider: s.provider,
  workflow_id: s.workflowId,
  open_count: s.openCount,
  click_count: s.clickCount,
  created_at: s.createdAt.toISOString(),
  sent_at: s.sentAt?.toISOString() ?? null,
});

export const suppressionView = (s: SuppressionEntity): SuppressionView => ({
  id: s.id,
  email: s.email,
  reason: s.reason,
  note: s.note,
  created_at: s.createdAt.toISOString(),
});

/**
 * A reply to something the person just did (their form, their booking) is transactional; news and nurture are
 * marketing (suppressions, unsubscribe link and postal address apply).
 */
export const builtInCategory = (key: string) =>
  key === 'newsletter' || key === 'onboarding-email' ? ('marketing' as const) : ('transactional' as const);
