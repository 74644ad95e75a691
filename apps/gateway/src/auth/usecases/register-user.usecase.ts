import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../../http/api-error';
import { MembershipEntity, UserEntity, WorkspaceEntity } from '../../identity/identity.entities';
import { sessionView, type SessionView } from '../../identity/identity.views';
import { PasswordHasher } from '../../identity/password-hasher';
import { TokenService } from '../../identity/token.service';
import type { RegisterDto } from '../auth.dto';

/** Creates the user and a personal workspace they own, and signs them in. */
@Injectable()
export class RegisterUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(command: RegisterDto): Promise<SessionView> {
    const passwordHash = await this.hasher.hash(command.password);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: command.email, name: command.name ?? null, passwordHash })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) throw ApiError.conflict('an account with this email already exists', 'email_taken');
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: inserted.raw[0].id });
      const workspace = await manager.getRepository(WorkspaceEntity).save({
        name: command.workspace_name ?? `${command.name ?? command.email.split('@')[0]}'s workspace`,
      });
      await manager
        .getRepository(MembershipEntity)
        .insert({ workspaceId: workspace.id, userId: user.id, role: 'owner' });
      const pair = await this.tokens.issue(manager, user, workspace.id);
      return sessionView(user, workspace, 'owner', pair);
    });
  }
}
