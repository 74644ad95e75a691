import { ApiProperty } from '@nestjs/swagger';
import { Email, OneOf, PageOf, ROLES, Text, type Role } from '@mab/contracts';
import type { InvitationEntity } from '../identity/identity.entities';

export class InviteMemberDto {
  @Email({ example: 'grace@example.com', description: 'With or without an account: the answer is the same' })
  email: string;

  @OneOf(ROLES, { example: 'member' })
  role: Role;
}

export class AcceptInvitationDto {
  @Text({ max: 200, example: 'inv_Q2x…' })
  token: string;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) invited_by: string;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class CreatedInvitationView extends InvitationView {
  @ApiProperty({ description: 'Shown once: share it (as a link) with the invited person, who accepts it signed in' })
  token: string;
}

export const InvitationPage = PageOf(InvitationView);

export const invitationView = (i: InvitationEntity): InvitationView => ({
  id: i.id,
  email: i.email,
  role: i.role,
  invited_by: i.invitedBy,
  expires_at: i.expiresAt.toISOString(),
  created_at: i.createdAt.toISOString(),
});
