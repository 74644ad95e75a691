import type { EntityManager } from 'typeorm';
import { WorkspaceRepository } from '@mab/persistence';
import { ApiError } from '../http/api-error';
import { MembershipEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';

/**
 * Locks every membership row of the caller's workspace and returns the one of `userId` (404 when not a member):
 * two admins demoting the last two owners at once must not both win.
 */
export async function lockMember(
  manager: EntityManager,
  principal: Principal,
  userId: string,
): Promise<MembershipEntity> {
  const rows = await WorkspaceRepository.of(manager, MembershipEntity, principal.workspaceId).find({
    lockForUpdate: true,
  });
  const membership = rows.find((m) => m.userId === userId);
  if (!membership) throw ApiError.notFound('member');
  return membership;
}

/** A workspace never loses its last owner. */
export async function assertNotLastOwner(manager: EntityManager, workspaceId: string): Promise<void> {
  const owners = await WorkspaceRepository.of(manager, MembershipEntity, workspaceId).count({ role: 'owner' });
  if (owners <= 1) throw ApiError.conflict('a workspace needs at least one owner', 'last_owner');
}
