import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
import { sessionView, type SessionView } from '../../identity/identity.views';
import { PasswordHasher } from '../../identity/password-hasher';
import { TokenService } from '../../identity/token.service';
import { FailedLoginLimiter } from '../../rate-limit/failed-login-limiter';
import type { LoginDto } from '../auth.dto';

/**
 * Signs in to the user's first workspace. An unknown email and a wrong password answer the same 401 after the
 * same amount of work (a decoy hash is verified), so login cannot tell which accounts exist. Attempts are counted
 * per email address (known or not) until one succeeds: past the limit the address is refused for a while from
 * anywhere, so guessing one account's password from many IP addresses stops too.
 */
@Injectable()
export class LoginUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly failedLogins: FailedLoginLimiter,
  ) {}

  async execute(command: LoginDto): Promise<SessionView> {
    await this.failedLogins.admitAttempt(command.email);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email: command.email } });
    const valid = await this.hasher.verify(command.password, user?.passwordHash);
    if (!user || !valid) throw ApiError.unauthorized('email or password is wrong', 'invalid_credentials');
    await this.failedLogins.clear(command.email);
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager
        .getRepository(MembershipEntity)
        .findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
      if (!membership) throw ApiError.unauthorized('this account has no workspace', 'invalid_credentials');
      const workspace = await manager.getRepository(WorkspaceEntity).findOneByOrFail({ id: membership.workspaceId });
      const pair = await this.tokens.issue(manager, user, workspace.id);
      return sessionView(user, workspace, membership.role, pair);
    });
  }
}
