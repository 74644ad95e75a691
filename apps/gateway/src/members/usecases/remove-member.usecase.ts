import { Injectable } from '@nestjs/common';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyEntity, MembershipEntity, RefreshTokenEntity } from '../../identity/identity.entities';
import type { Principal } from '../../identity/principal';
import { assertMayGrantRole } from '../../identity/role-rules';
import { TokenService } from '../../identity/token.service';
import { assertNotLastOwner, lockMember } from '../membership-rules';

export interface RemoveMemberCommand {
  principal: Principal;
  userId: string;
}

/** Removes a member: their sessions in this workspace and the API keys they created end at once. */
@Injectable()
export class RemoveMemberUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute({ principal, userId }: RemoveMemberCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await lockMember(manager, principal, userId);
      if (membership.role === 'owner') {
        assertMayGrantRole(principal, 'owner');
        await assertNotLastOwner(manager, principal.workspaceId);
      }
      await WorkspaceRepository.of(manager, MembershipEntity, principal.workspaceId).delete({ userId });
      // Their sessions in this workspace end now, not when the access token expires.
      const families = await WorkspaceRepository.of(manager, RefreshTokenEntity, principal.workspaceId)
        .queryBuilder('r')
        .select('DISTINCT r.family_id', 'family_id')
        .andWhere('r.user_id = :userId AND r.revoked_at IS NULL', { userId })
        .getRawMany<{ family_id: string }>();
      for (const f of families) await this.tokens.revokeFamily(manager, f.family_id);
      // Keys they created for this workspace go with them: access must not outlive membership.
      await WorkspaceRepository.of(manager, ApiKeyEntity, principal.workspaceId).update(
        { createdBy: userId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    });
  }
}
