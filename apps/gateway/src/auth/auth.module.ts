import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ChangePasswordUseCase } from './usecases/change-password.usecase';
import { LoginUserUseCase } from './usecases/login-user.usecase';
import { LogoutSessionUseCase } from './usecases/logout-session.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session.usecase';
import { RegisterUserUseCase } from './usecases/register-user.usecase';

/** Accounts and sessions: register, login, refresh, logout, me, change password. */
@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    RegisterUserUseCase,
    LoginUserUseCase,
    RefreshSessionUseCase,
    LogoutSessionUseCase,
    ChangePasswordUseCase,
  ],
})
export class AuthModule {}
