import type { Role } from '@mab/contracts';
import type { EmailContent } from '../rendering/email-template-engine';

/** The idempotency key of an invitation's email: one email per invitation, however often the event arrives. */
export const INVITATION_SEND_KEY_PREFIX = 'gateway-invitation:';

export const invitationSendKey = (invitationId: string) => `${INVITATION_SEND_KEY_PREFIX}${invitationId}`;

/** The token as the gateway makes it (`inv_` and 43 base64url characters); matched loosely, to miss no variant. */
const INVITATION_TOKEN = /inv_[A-Za-z0-9_-]{16,}/g;

/**
 * An invitation email as the API and the GDPR export show it: its token hidden. The row keeps the message as sent
 * (the dispatcher sends from it), but the token, with an account registered under the invited address, joins the
 * workspace in the invited role, and every member may read the workspace's sends.
 */
export function redactInvitationToken(idempotencyKey: string | null, text: string | null): string | null {
  if (!text || !idempotencyKey?.startsWith(INVITATION_SEND_KEY_PREFIX)) return text;
  return text.replace(INVITATION_TOKEN, 'inv_…');
}

const ROLE_PHRASES: Record<Role, string> = {
  owner: 'an owner',
  admin: 'an admin',
  member: 'a member',
  viewer: 'a viewer',
};

export const rolePhrase = (role: Role) => ROLE_PHRASES[role] ?? 'a member';

/**
 * The invitation, in the templating of every email (LiquidJS, escaped): `data` carries inviter_name,
 * workspace_name, role_phrase, accept_url and expires_on. The accept link is never rewritten into a tracked
 * redirect (`data-mab-no-track`): the click token would carry the URL, token included, into click events.
 */
export const INVITATION_EMAIL: EmailContent = {
  subject: '{{ data.inviter_name }} invited you to {{ data.workspace_name }}',
  html: `<p>Hello,</p>
<p><strong>{{ data.inviter_name }}</strong> invited you to join <strong>{{ data.workspace_name }}</strong> as {{ data.role_phrase }}.</p>
<p><a href="{{ data.accept_url }}" data-mab-no-track>Accept the invitation</a></p>
<p>Sign in (or create an account) with this address, {{ contact.email }}, to accept. The invitation expires on {{ data.expires_on }}.</p>
<p>Not expecting it? Ignore this email: nobody joins a workspace without accepting.</p>`,
  text: null,
};
