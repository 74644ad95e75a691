import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { UserEntity } from '../../identity/identity.entities';
import { PasswordHasher } from '../../identity/password-hasher';
import type { Principal } from '../../identity/principal';
import { TokenService } from '../../identity/token.service';

export interface ChangePasswordCommand {
  principal: Principal;
  currentPassword: string;
  newPassword: string;
}

/** A new password ends every session: refresh tokens revoked, access tokens invalid through the token version. */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: command.principal.userId });
    if (!(await this.hasher.verify(command.currentPassword, user.passwordHash))) {
      throw ApiError.unauthorized('the current password is wrong', 'invalid_credentials');
    }
    const passwordHash = await this.hasher.hash(command.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(UserEntity)
        .update({ id: user.id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
      await this.tokens.revokeAllOfUser(manager, user.id);
    });
  }
}
