import { Injectable } from '@nestjs/common';
import { INVITATION_CREATED, type Role } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, IsNull } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { InvitationEntity, MembershipEntity, UserEntity } from '../../identity/identity.entities';
import type { Principal } from '../../identity/principal';
import { assertMayGrantRole } from '../../identity/role-rules';
import { newSecret, sha256 } from '../../identity/secret-token';
import { invitationView, type CreatedInvitationView } from '../invitations.dto';

const INVITATION_TTL_MS = 7 * 86_400_000;

export interface InviteMemberCommand {
  principal: Principal;
  email: string;
  role: Role;
}

/**
 * The only way into a workspace: an invitation the invited person accepts, signed in with that email. Whether the
 * address has an account changes nothing in the answer (no account enumeration, no one added without consent).
 * The token is shown once to the inviter (to share as a link); only its hash is kept. A new invitation for the same
 * email replaces the pending one.
 */
@Injectable()
export class InviteMemberUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async execute({ principal, email, role }: InviteMemberCommand): Promise<CreatedInvitationView> {
    assertMayGrantRole(principal, role);
    const token = newSecret('inv');
    const created = await this.dataSource.transaction(async (manager) => {
      const alreadyMember = await WorkspaceRepository.of(manager, MembershipEntity, principal.workspaceId)
        .queryBuilder('m')
        .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
        .andWhere('u.email = :email', { email })
        .getCount();
      if (alreadyMember) throw ApiError.conflict('this person is already a member', 'already_member');
      const invitations = WorkspaceRepository.of(manager, InvitationEntity, principal.workspaceId);
      await invitations.update({ email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      const invitation = await invitations.insert({
        email,
        role,
        tokenHash: sha256(token),
        invitedBy: principal.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      });
      await this.publisher.publish(manager, INVITATION_CREATED, {
        invitation_id: invitation.id,
        email,
        role,
        invited_by: principal.userId,
        expires_at: invitation.expiresAt.toISOString(),
      });
      return invitation;
    });
    return { ...invitationView(created), token };
  }
}
