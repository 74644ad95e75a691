import { Injectable } from '@nestjs/common';
import type { Page, Role } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, IsNull } from 'typeorm';
import { ApiError } from '../http/api-error';
import { offsetPageResult, type OffsetPage } from '../http/list-query';
import { ApiKeyEntity } from '../identity/identity.entities';
import type { Principal } from '../identity/principal';
import { newSecret, sha256 } from '../identity/secret-token';
import { apiKeyView, type ApiKeyView, type CreatedApiKeyView } from './api-keys.dto';

/** API keys of the caller's active workspace: the secret is returned once and only its hash is kept. */
@Injectable()
export class ApiKeysService {
  constructor(private readonly dataSource: DataSource) {}

  private keysOf(principal: Principal) {
    return WorkspaceRepository.of(this.dataSource, ApiKeyEntity, principal.workspaceId);
  }

  async create(principal: Principal, name: string, role: Exclude<Role, 'owner'>): Promise<CreatedApiKeyView> {
    const key = newSecret('mab');
    const entity = await this.keysOf(principal).insert({
      name,
      role,
      prefix: key.slice(0, 12),
      keyHash: sha256(key),
      createdBy: principal.userId,
    });
    return { ...apiKeyView(entity), key };
  }

  async list(principal: Principal, page: OffsetPage): Promise<Page<ApiKeyView>> {
    const keys = this.keysOf(principal);
    const where = { revokedAt: IsNull() };
    const [items, total] = await Promise.all([
      keys.find({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: page.limit, skip: page.offset }),
      keys.count(where),
    ]);
    return offsetPageResult(items.map(apiKeyView), total, page);
  }

  /** Another workspace's key, or one already revoked, is 404. */
  async revoke(principal: Principal, id: string): Promise<void> {
    const changed = await this.keysOf(principal).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!changed) throw ApiError.notFound('API key');
  }
}
