import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Public, UsersOnly, type Principal } from '../identity/principal';
import { RateLimitGroup } from '../rate-limit/rate-limit-group';
import { MeView, SessionView } from '../identity/identity.views';
import { ChangePasswordDto, LoginDto, RefreshDto, RegisterDto } from './auth.dto';
import { AuthService } from './auth.service';
import { ChangePasswordUseCase } from './usecases/change-password.usecase';
import { LoginUserUseCase } from './usecases/login-user.usecase';
import { LogoutSessionUseCase } from './usecases/logout-session.usecase';
import { RefreshSessionUseCase } from './usecases/refresh-session.usecase';
import { RegisterUserUseCase } from './usecases/register-user.usecase';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly registerUser: RegisterUserUseCase,
    private readonly loginUser: LoginUserUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logoutSession: LogoutSessionUseCase,
    private readonly changePasswordUseCase: ChangePasswordUseCase,
    private readonly auth: AuthService,
  ) {}

  @Post('register')
  @Public()
  @RateLimitGroup('auth')
  @ApiOperation({ summary: 'Create an account and its personal workspace (you are its owner)' })
  @ApiCreatedResponse({ type: SessionView })
  register(@Body() dto: RegisterDto) {
    return this.registerUser.execute(dto);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @RateLimitGroup('auth')
  @ApiOperation({ summary: 'Sign in; answers a token pair for your first workspace' })
  @ApiOkResponse({ type: SessionView })
  login(@Body() dto: LoginDto) {
    return this.loginUser.execute(dto);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @RateLimitGroup('auth')
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair',
    description:
      'The refresh token is rotated: the old one stops working. Presenting it again revokes its whole family.',
  })
  @ApiOkResponse({ type: SessionView })
  refresh(@Body() dto: RefreshDto) {
    return this.refreshSession.execute({ refreshToken: dto.refresh_token });
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @RateLimitGroup('auth')
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  @ApiNoContentResponse()
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.logoutSession.execute({ refreshToken: dto.refresh_token });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The caller: user, active workspace and role' })
  @ApiOkResponse({ type: MeView })
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal);
  }

  @Post('change-password')
  @HttpCode(204)
  @UsersOnly()
  @RateLimitGroup('auth')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your password; every session (all devices) is signed out' })
  @ApiNoContentResponse()
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.changePasswordUseCase.execute({
      principal,
      currentPassword: dto.current_password,
      newPassword: dto.new_password,
    });
  }
}
