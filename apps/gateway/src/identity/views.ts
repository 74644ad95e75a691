import type { ApiKeyEntity, UserEntity, WorkspaceEntity } from './identity.entities';

export const userView = (u: UserEntity) => ({ id: u.id, email: u.email, name: u.name, created_at: u.createdAt.toISOString() });

export const workspaceView = (w: WorkspaceEntity) => ({ id: w.id, name: w.name, created_at: w.createdAt.toISOString() });

export const apiKeyView = (k: ApiKeyEntity) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  last_used_at: k.lastUsedAt?.toISOString() ?? null,
  created_at: k.createdAt.toISOString(),
});
