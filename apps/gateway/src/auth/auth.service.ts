import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../http/api-error';
import { UserEntity, WorkspaceEntity } from '../identity/identity.entities';
import { userView, workspaceView, type MeView } from '../identity/identity.views';
import type { Principal } from '../identity/principal';

/** Reads about the caller's own session. */
@Injectable()
export class AuthService {
  constructor(private readonly dataSource: DataSource) {}

  async me(principal: Principal): Promise<MeView> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: principal.userId });
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOneBy({ id: principal.workspaceId });
    if (!user || !workspace) throw ApiError.unauthorized('the account no longer exists', 'invalid_token');
    return {
      user: userView(user),
      workspace: workspaceView(workspace),
      role: principal.role,
      principal: principal.kind,
    };
  }
}
