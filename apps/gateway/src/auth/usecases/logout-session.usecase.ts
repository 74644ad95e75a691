import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService } from '../../identity/token.service';

export interface LogoutSessionCommand {
  refreshToken: string;
}

/** Ends the session (refresh-token family) the token belongs to; its access tokens stop working too. Idempotent. */
@Injectable()
export class LogoutSessionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute(command: LogoutSessionCommand): Promise<void> {
    await this.dataSource.transaction((manager) => this.tokens.revokeByToken(manager, command.refreshToken));
  }
}
