import { ApiProperty } from '@nestjs/swagger';
import { Text } from '../fields';
import { defineCommand } from '../registry';

/** A token from an email link (signed by the crm; the gateway passes it on untouched). */
export class EmailLinkRequest {
  @Text({ min: 1, max: 8000, pattern: /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/ }) token: string;
  @Text({ optional: true, max: 500 }) user_agent?: string;
}

export class EmailClickView {
  @ApiProperty({ description: 'Where the link goes (only ever a URL the email itself linked to)' }) url: string;
}

export class UnsubscribeView {
  @ApiProperty({ description: 'The address, partly hidden (a@…e.com)' }) email_hint: string;
  @ApiProperty({ description: 'Who sent the email' }) sender: string;
  @ApiProperty({ description: 'Whether the address is unsubscribed now' }) unsubscribed: boolean;
}

/** Platform scope: the token names its workspace, and only a token the crm signed is honoured. */
const linkCommand = <P, M extends boolean>(
  name: string,
  reply: (new () => P) | 'none',
  mutation: M,
  description: string,
) =>
  defineCommand({
    name,
    service: 'crm',
    request: EmailLinkRequest,
    reply,
    scope: 'platform' as const,
    mutation,
    description,
  });

export const TRACK_EMAIL_OPEN = linkCommand(
  'crm.email.track-open',
  'none',
  true,
  "An email's open pixel was loaded (404 for a token the crm did not sign).",
);
export const TRACK_EMAIL_CLICK = linkCommand(
  'crm.email.track-click',
  EmailClickView,
  true,
  "An email's link was followed: where to send the reader (404 for a forged or altered token).",
);
export const CHECK_UNSUBSCRIBE = linkCommand(
  'crm.email.unsubscribe-check',
  UnsubscribeView,
  false,
  'What an unsubscribe link is about, for the confirmation page (changes nothing).',
);
export const UNSUBSCRIBE_EMAIL = linkCommand(
  'crm.email.unsubscribe',
  UnsubscribeView,
  true,
  'One-click unsubscribe (RFC 8058) or the confirmation page’s button: the address is suppressed.',
);
