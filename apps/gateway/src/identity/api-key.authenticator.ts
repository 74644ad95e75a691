import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ApiError } from '../http/api-error';
import { ApiKeyEntity } from './identity.entities';
import type { Principal } from './principal';
import { sha256 } from './secret-token';

/** `last_used_at` is written at most once a minute per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyAuthenticator {
  constructor(private readonly dataSource: DataSource) {}

  async authenticate(key: string): Promise<Principal> {
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const found = await repo.findOne({ where: { keyHash: sha256(key), revokedAt: IsNull() } });
    if (!found) throw ApiError.unauthorized('the API key is not valid', 'invalid_api_key');
    if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await repo.update({ id: found.id }, { lastUsedAt: new Date() });
    }
    return {
      kind: 'api_key',
      userId: found.createdBy,
      workspaceId: found.workspaceId,
      role: found.role,
      apiKeyId: found.id,
    };
  }
}
