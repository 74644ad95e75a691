import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkspaceEntity } from '../../identity/identity.entities';
import { sessionView, type SessionView } from '../../identity/identity.views';
import { TokenService } from '../../identity/token.service';

export interface RefreshSessionCommand {
  refreshToken: string;
}

/** Exchanges a refresh token for a new pair (rotation with reuse detection). */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute(command: RefreshSessionCommand): Promise<SessionView> {
    // Reuse detection revokes the family inside the transaction, then the 401 is thrown: that revocation must
    // commit, so the error is raised only after the transaction ends.
    const outcome = await this.dataSource.transaction(async (manager) => {
      try {
        return { ok: await this.tokens.rotate(manager, command.refreshToken) };
      } catch (err) {
        return { err };
      }
    });
    if ('err' in outcome) throw outcome.err;
    const { pair, user, workspaceId, role } = outcome.ok;
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOneByOrFail({ id: workspaceId });
    return sessionView(user, workspace, role, pair);
  }
}
