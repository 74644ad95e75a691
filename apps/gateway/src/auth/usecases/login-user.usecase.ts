import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
import { PasswordHasher } from '../../identity/password-hasher';
import { TokenService } from '../../identity/token.service';
import { userView, workspaceView } from '../../identity/views';
import type { LoginDto } from '../dto/auth.dto';

/**
 * Signs in to the user's first workspace. An unknown email and a wrong password answer the same 401 after the
 * same amount of work (a decoy hash is verified), so login cannot tell which accounts exist.
 */
@Injectable()
export class LoginUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(dto: LoginDto) {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email: dto.email } });
    const valid = await this.hasher.verify(dto.password, user?.passwordHash);
    if (!user || !valid) throw ApiError.unauthorized('email or password is wrong', 'invalid_credentials');
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager
        .getRepository(MembershipEntity)
        .findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
      if (!membership) throw ApiError.unauthorized('this account has no workspace', 'invalid_credentials');
      const workspace = await manager.getRepository(WorkspaceEntity).findOneByOrFail({ id: membership.workspaceId });
      const pair = await this.tokens.issue(manager, user, workspace.id);
      return { ...pair, user: userView(user), workspace: workspaceView(workspace), role: membership.role };
    });
  }
}
