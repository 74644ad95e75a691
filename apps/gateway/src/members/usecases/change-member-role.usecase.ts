import { Injectable } from '@nestjs/common';
import type { Role } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { MembershipEntity, UserEntity } from '../../identity/identity.entities';
import type { Principal } from '../../identity/principal';
import { assertMayGrantRole } from '../../identity/role-rules';
import type { MemberView } from '../members.dto';
import { assertNotLastOwner, lockMember } from '../membership-rules';

export interface ChangeMemberRoleCommand {
  principal: Principal;
  userId: string;
  role: Role;
}

/** Admins change roles; only owners grant or take away the owner role; never the last owner. Effective at once. */
@Injectable()
export class ChangeMemberRoleUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ principal, userId, role }: ChangeMemberRoleCommand): Promise<MemberView> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await lockMember(manager, principal, userId);
      if (membership.role === 'owner' || role === 'owner') assertMayGrantRole(principal, 'owner');
      assertMayGrantRole(principal, role);
      if (membership.role === 'owner' && role !== 'owner') await assertNotLastOwner(manager, principal.workspaceId);
      await WorkspaceRepository.of(manager, MembershipEntity, principal.workspaceId).update({ userId }, { role });
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      return {
        user_id: userId,
        email: user.email,
        name: user.name,
        role,
        joined_at: membership.createdAt.toISOString(),
      };
    });
  }
}
