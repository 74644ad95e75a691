import { IsEmail, IsIn, IsISO8601, IsUUID } from 'class-validator';
import { defineEvent } from '../registry';
import { ROLES, type Role } from '../roles';

/** No secret here: the invitation's token is shown once to the inviter and never leaves the gateway otherwise. */
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
