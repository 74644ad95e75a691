import { Injectable } from '@nestjs/common';
import { INVITATION_ACCEPTED, INVITATION_CREATED } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { ApiError } from '../http/api-error';
import { listResult, type Page } from '../http/list-query';
import { InvitationEntity, MembershipEntity, UserEntity, WorkspaceEntity, type Role } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import { assertMayGrantRole } from '../identity/role-rules';
import { newSecret, sha256 } from '../identity/secret-token';
import { TokenService } from '../identity/token.service';
import { userView, workspaceView } from '../identity/views';

const INVITATION_TTL_MS = 7 * 86_400_000;

const invitationView = (i: InvitationEntity) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  invited_by: i.invitedBy,
  expires_at: i.expiresAt.toISOString(),
  created_at: i.createdAt.toISOString(),
});

/**
 * Inviting people who may not have an account yet. The token is shown once to the inviter (to share as a link);
 * only its hash is stored. Accepting needs a signed-in user whose email is the invited one. A new invitation for the
 * same email replaces the pending one. Events record both steps (without the token).
 */
@Injectable()
export class ManageInvitationsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly tokens: TokenService,
  ) {}

  async invite(principal: Principal, email: string, role: Role) {
    assertMayGrantRole(principal, role);
    const token = newSecret('inv');
    const created = await this.dataSource.transaction(async (manager) => {
      const member = await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
        .where('m.workspace_id = :ws AND u.email = :email', { ws: principal.workspaceId, email })
        .getCount();
      if (member) throw ApiError.conflict('this person is already a member', 'already_member');
      const repo = manager.getRepository(InvitationEntity);
      await repo.update(
        { workspaceId: principal.workspaceId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const invitation = await repo.save({
        workspaceId: principal.workspaceId,
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

  async listPending(principal: Principal, page: Page) {
    const [rows, total] = await this.dataSource.getRepository(InvitationEntity).findAndCount({
      where: { workspaceId: principal.workspaceId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return listResult(rows.map(invitationView), total, page);
  }

  async revoke(principal: Principal, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(InvitationEntity)
      .update({ id, workspaceId: principal.workspaceId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw ApiError.notFound('invitation');
  }

  /** Joins the invited workspace and answers a token pair for it (like a workspace switch). */
  async accept(principal: Principal, token: string) {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .findOne({ where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
        throw new ApiError(404, 'invitation_not_found', 'this invitation does not exist, was used, revoked or has expired');
      }
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: principal.userId });
      if (user.email !== invitation.email) {
        throw ApiError.forbidden('this invitation is for another email address', 'invitation_email_mismatch');
      }
      const existing = await manager.getRepository(MembershipEntity).findOneBy({ workspaceId: invitation.workspaceId, userId: user.id });
      if (existing) throw ApiError.conflict('you are already a member of this workspace', 'already_member');
      await manager.getRepository(MembershipEntity).insert({ workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role });
      await manager.getRepository(InvitationEntity).update({ id: invitation.id }, { acceptedAt: new Date() });
      await this.publisher.publish(
        manager,
        INVITATION_ACCEPTED,
        { invitation_id: invitation.id, user_id: user.id, email: user.email, role: invitation.role },
        { workspaceId: invitation.workspaceId },
      );
      const workspace = await manager.getRepository(WorkspaceEntity).findOneByOrFail({ id: invitation.workspaceId });
      const pair = await this.tokens.issue(manager, user, workspace.id);
      return { ...pair, user: userView(user), workspace: workspaceView(workspace), role: invitation.role };
    });
    return outcome;
  }
}
