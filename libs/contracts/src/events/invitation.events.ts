import { IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { defineEvent, defineSubscription } from '../registry';
import { ROLES, type Role } from '../roles';

/**
 * No readable secret here: the invitation's token is shown once to the inviter, and reaches the crm (which emails it
 * to the invited person) only sealed (`sealed_token`, see invitation-token-seal.ts). The optional fields came with
 * the invitation email; events published before them lack them.
 */
export class InvitationCreatedV1 {
  @IsUUID()
  invitation_id: string;

  @IsEmail()
  email: string;

  @IsIn(ROLES)
  role: Role;

  @IsUUID()
  invited_by: string;

  @IsISO8601()
  expires_at: string;

  /** The workspace's name, for the email. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  workspace_name?: string;

  /** Who invited: their name, or their email when they have none. */
  @IsOptional()
  @IsString()
  @MaxLength(320)
  inviter_name?: string;

  /** The token, sealed for the crm with INVITATION_TOKEN_SECRET (AES-256-GCM, bound to the invitation id). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sealed_token?: string;
}

export class InvitationAcceptedV1 {
  @IsUUID()
  invitation_id: string;

  @IsUUID()
  user_id: string;

  @IsEmail()
  email: string;

  @IsIn(ROLES)
  role: Role;
}

export const INVITATION_CREATED = defineEvent({
  name: 'gateway.invitation.created.v1',
  producer: 'gateway',
  payload: InvitationCreatedV1,
  description: 'Someone was invited to a workspace (the envelope carries the workspace).',
});

export const INVITATION_ACCEPTED = defineEvent({
  name: 'gateway.invitation.accepted.v1',
  producer: 'gateway',
  payload: InvitationAcceptedV1,
  description: 'An invited user joined the workspace with the invited role.',
});

defineSubscription(
  'crm',
  INVITATION_CREATED.name,
  'emails the invitation (with its accept link) to the invited person',
);
