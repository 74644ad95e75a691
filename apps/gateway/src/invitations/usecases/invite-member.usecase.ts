import { Inject, Injectable } from '@nestjs/common';
import { INVITATION_CREATED, sealInvitationToken, type Role } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, IsNull } from 'typeorm';
import type { GatewayEnv } from '../../gateway.env';
import { GATEWAY_ENV } from '../../gateway.tokens';
import { ApiError } from '../../http/api-error';
import { InvitationEntity, MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
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
 * The token is shown once to the inviter (to share as a link); only its hash is kept, and the crm, which emails the
 * invitation, gets it sealed in the event (see invitation-token-seal.ts). A new invitation for the same email
 * replaces the pending one.
 */
@Injectable()
export class InviteMemberUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
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
      // For the email: who invites, to what (identity the crm does not have).
      const workspace = await manager.getRepository(WorkspaceEntity).findOneBy({ id: principal.workspaceId });
      const inviter = await manager.getRepository(UserEntity).findOneBy({ id: principal.userId });
      await this.publisher.publish(manager, INVITATION_CREATED, {
        invitation_id: invitation.id,
        email,
        role,
        invited_by: principal.userId,
        expires_at: invitation.expiresAt.toISOString(),
        ...(workspace ? { workspace_name: workspace.name } : {}),
        ...(inviter ? { inviter_name: inviter.name || inviter.email } : {}),
        sealed_token: sealInvitationToken(token, invitation.id, this.env.INVITATION_TOKEN_SECRET),
      });
      return invitation;
    });
    return { ...invitationView(created), token };
  }
}
