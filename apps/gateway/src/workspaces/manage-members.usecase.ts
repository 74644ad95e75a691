import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ApiError } from '../http/api-error';
import { listResult, type Page } from '../http/list-query';
import { ApiKeyEntity, MembershipEntity, UserEntity, type Role } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import { assertMayGrantRole } from '../identity/role-rules';
import { TokenService } from '../identity/token.service';

/**
 * Members of the caller's active workspace. Admins manage members; only owners grant, change or remove the owner
 * role, and a workspace never loses its last owner. A user id that is not a member of this workspace is 404.
 */
@Injectable()
export class ManageMembersUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async list(principal: Principal, page: Page) {
    const total = await this.dataSource.getRepository(MembershipEntity).countBy({ workspaceId: principal.workspaceId });
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .select(['m.user_id AS user_id', 'u.email AS email', 'u.name AS name', 'm.role AS role', 'm.created_at AS joined_at'])
      .where('m.workspace_id = :ws', { ws: principal.workspaceId })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.user_id', 'ASC')
      .limit(page.limit)
      .offset(page.offset)
      .getRawMany<{ user_id: string; email: string; name: string | null; role: Role; joined_at: Date }>();
    const items = rows.map((r) => ({ ...r, joined_at: new Date(r.joined_at).toISOString() }));
    return listResult(items, total, page);
  }

  async add(principal: Principal, email: string, role: Role) {
    assertMayGrantRole(principal, role);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ email });
      if (!user) {
        throw new ApiError(404, 'user_not_found', 'no account uses this email; invite them (POST /api/workspaces/current/invitations)');
      }
      const existing = await manager
        .getRepository(MembershipEntity)
        .findOneBy({ workspaceId: principal.workspaceId, userId: user.id });
      if (existing) throw ApiError.conflict('this user is already a member; change their role instead', 'already_member');
      await manager.getRepository(MembershipEntity).insert({ workspaceId: principal.workspaceId, userId: user.id, role });
      const membership = await manager.getRepository(MembershipEntity).findOneByOrFail({ workspaceId: principal.workspaceId, userId: user.id });
      return { user_id: user.id, email: user.email, name: user.name, role: membership.role, joined_at: membership.createdAt.toISOString() };
    });
  }

  async changeRole(principal: Principal, userId: string, role: Role) {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMember(manager, principal, userId);
      if (membership.role === 'owner' || role === 'owner') assertMayGrantRole(principal, 'owner');
      assertMayGrantRole(principal, role);
      if (membership.role === 'owner' && role !== 'owner') await this.assertNotLastOwner(manager, principal.workspaceId);
      await manager.getRepository(MembershipEntity).update({ workspaceId: principal.workspaceId, userId }, { role });
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      return { user_id: userId, email: user.email, name: user.name, role, joined_at: membership.createdAt.toISOString() };
    });
  }

  async remove(principal: Principal, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMember(manager, principal, userId);
      if (membership.role === 'owner') {
        assertMayGrantRole(principal, 'owner');
        await this.assertNotLastOwner(manager, principal.workspaceId);
      }
      await manager.getRepository(MembershipEntity).delete({ workspaceId: principal.workspaceId, userId });
      // Their sessions in this workspace end now, not when the access token expires.
      const families = await manager.query(
        'SELECT DISTINCT family_id FROM gateway.refresh_tokens WHERE user_id = $1 AND workspace_id = $2 AND revoked_at IS NULL',
        [userId, principal.workspaceId],
      );
      for (const f of families) await this.tokens.revokeFamily(manager, f.family_id);
      // Keys they created for this workspace go with them: access must not outlive membership.
      await manager
        .getRepository(ApiKeyEntity)
        .update({ workspaceId: principal.workspaceId, createdBy: userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  private async lockMember(manager: EntityManager, principal: Principal, userId: string): Promise<MembershipEntity> {
    // Lock every membership row of the workspace: two admins demoting the last two owners at once must not both win.
    const rows = await manager
      .getRepository(MembershipEntity)
      .find({ where: { workspaceId: principal.workspaceId }, lock: { mode: 'pessimistic_write' } });
    const membership = rows.find((m) => m.userId === userId);
    if (!membership) throw ApiError.notFound('member');
    return membership;
  }

  private async assertNotLastOwner(manager: EntityManager, workspaceId: string): Promise<void> {
    const owners = await manager.getRepository(MembershipEntity).countBy({ workspaceId, role: 'owner' });
    if (owners <= 1) throw ApiError.conflict('a workspace needs at least one owner', 'last_owner');
  }
}
