import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
import { PasswordHasher } from '../../identity/password-hasher';
import type { Principal } from '../../identity/principal';
import { TokenService } from '../../identity/token.service';
import { userView, workspaceView } from '../../identity/views';

/** Exchanges a refresh token for a new pair (rotation with reuse detection). */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute(refreshToken: string) {
    // Reuse detection revokes the family inside the transaction, then the 401 is thrown: that revocation must
    // commit, so the error is raised only after the transaction ends.
    const outcome = await this.dataSource.transaction(async (manager) => {
      try {
        return { ok: await this.tokens.rotate(manager, refreshToken) };
      } catch (err) {
        return { err };
      }
    });
    if ('err' in outcome) throw outcome.err;
    const { pair, user, workspaceId } = outcome.ok;
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOneByOrFail({ id: workspaceId });
    return { ...pair, user: userView(user), workspace: workspaceView(workspace) };
  }
}

@Injectable()
export class LogoutSessionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute(refreshToken: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.tokens.revokeByToken(manager, refreshToken));
  }
}

/** A new password ends every session: refresh tokens revoked, access tokens invalid through the token version. */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: principal.userId });
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) {
      throw ApiError.unauthorized('the current password is wrong', 'invalid_credentials');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(UserEntity)
        .update({ id: user.id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
      await this.tokens.revokeAllOfUser(manager, user.id);
    });
  }
}

@Injectable()
export class GetCurrentSessionUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(principal: Principal) {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: principal.userId });
    const workspace = await this.dataSource.getRepository(WorkspaceEntity).findOneBy({ id: principal.workspaceId });
    if (!user || !workspace) throw ApiError.unauthorized('the account no longer exists', 'invalid_token');
    return { user: userView(user), workspace: workspaceView(workspace), role: principal.role, principal: principal.kind };
  }
}

/** Issues a token pair for another workspace the user belongs to (404 otherwise: not yours, not there). */
@Injectable()
export class SwitchWorkspaceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute(principal: Principal, workspaceId: string) {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(MembershipEntity).findOneBy({ userId: principal.userId, workspaceId });
      if (!membership) throw ApiError.notFound('workspace');
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: principal.userId });
      const workspace = await manager.getRepository(WorkspaceEntity).findOneByOrFail({ id: workspaceId });
      const pair = await this.tokens.issue(manager, user, workspaceId);
      return { ...pair, user: userView(user), workspace: workspaceView(workspace), role: membership.role };
    });
  }
}
