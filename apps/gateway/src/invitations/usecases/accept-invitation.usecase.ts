import { Injectable } from '@nestjs/common';
import { INVITATION_ACCEPTED } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { InvitationEntity, MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
import { sessionView, type SessionView } from '../../identity/identity.views';
import type { Principal } from '../../identity/principal';
import { sha256 } from '../../identity/secret-token';
import { TokenService } from '../../identity/token.service';

export interface AcceptInvitationCommand {
  principal: Principal;
  token: string;
}

/**
 * Joins the invited workspace and answers a token pair for it (like a workspace switch). The token is the proof the
 * person received the invitation; the signed-in account must have the invited email.
 */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly tokens: TokenService,
  ) {}

  async execute({ principal, token }: AcceptInvitationCommand): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      // Looked up by its secret, across workspaces: the person accepting is not a member of the workspace yet.
      const invitation = await manager
        .getRepository(InvitationEntity)
        .findOne({ where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (
        !invitation ||
        invitation.acceptedAt ||
        invitation.revokedAt ||
        invitation.expiresAt.getTime() <= Date.now()
      ) {
        throw new ApiError(
          404,
          'invitation_not_found',
          'this invitation does not exist, was used, revoked or has expired',
        );
      }
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: principal.userId });
      if (user.email !== invitation.email) {
        throw ApiError.forbidden('this invitation is for another email address', 'invitation_email_mismatch');
      }
      const existing = await manager
        .getRepository(MembershipEntity)
        .findOneBy({ workspaceId: invitation.workspaceId, userId: user.id });
      if (existing) throw ApiError.conflict('you are already a member of this workspace', 'already_member');
      await manager
        .getRepository(MembershipEntity)
        .insert({ workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role });
      await manager.getRepository(InvitationEntity).update({ id: invitation.id }, { acceptedAt: new Date() });
      await this.publisher.publish(
        manager,
        INVITATION_ACCEPTED,
        { invitation_id: invitation.id, user_id: user.id, email: user.email, role: invitation.role },
        { workspaceId: invitation.workspaceId },
      );
      const workspace = await manager.getRepository(WorkspaceEntity).findOneByOrFail({ id: invitation.workspaceId });
      const pair = await this.tokens.issue(manager, user, workspace.id);
      return sessionView(user, workspace, invitation.role, pair);
    });
  }
}
