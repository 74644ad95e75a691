import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
import { sessionView, type SessionView } from '../../identity/identity.views';
import type { Principal } from '../../identity/principal';
import { TokenService } from '../../identity/token.service';

export interface SwitchWorkspaceCommand {
  principal: Principal;
  workspaceId: string;
}

/** Issues a token pair for another workspace the user belongs to (404 otherwise: not yours, not there). */
@Injectable()
export class SwitchWorkspaceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute({ principal, workspaceId }: SwitchWorkspaceCommand): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager
        .getRepository(MembershipEntity)
        .findOneBy({ userId: principal.userId, workspaceId });
      if (!membership) throw ApiError.notFound('workspace');
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: principal.userId });
      const workspace = await manager.getRepository(WorkspaceEntity).findOneByOrFail({ id: workspaceId });
      const pair = await this.tokens.issue(manager, user, workspaceId);
      return sessionView(user, workspace, membership.role, pair);
    });
  }
}
