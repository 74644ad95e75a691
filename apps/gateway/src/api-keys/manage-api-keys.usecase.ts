import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ApiError } from '../http/api-error';
import { listResult, type Page } from '../http/list-query';
import { ApiKeyEntity, type Role } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import { newSecret, sha256 } from '../identity/secret-token';
import { apiKeyView } from '../identity/views';

/** API keys of the caller's active workspace: the secret is returned once and only its hash is kept. */
@Injectable()
export class ManageApiKeysUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async create(principal: Principal, name: string, role: Exclude<Role, 'owner'>) {
    const key = newSecret('mab');
    const entity = await this.dataSource.getRepository(ApiKeyEntity).save({
      workspaceId: principal.workspaceId,
      name,
      role,
      prefix: key.slice(0, 12),
      keyHash: sha256(key),
      createdBy: principal.userId,
    });
    return { ...apiKeyView(entity), key };
  }

  async list(principal: Principal, page: Page) {
    const [items, total] = await this.dataSource.getRepository(ApiKeyEntity).findAndCount({
      where: { workspaceId: principal.workspaceId, revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return listResult(items.map(apiKeyView), total, page);
  }

  /** Another workspace's key, or one already revoked, is 404. */
  async revoke(principal: Principal, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ApiKeyEntity)
      .update({ id, workspaceId: principal.workspaceId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw ApiError.notFound('API key');
  }
}
