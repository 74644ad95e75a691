import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { roleAtLeast, type Role } from '@mab/contracts';
import { currentContext } from '@mab/observability';
import { isDatabaseUnavailableError } from '@mab/persistence';
import { ApiError } from '../http/api-error';
import { PUBLIC_ROUTE, REQUIRED_ROLE, USERS_ONLY, type Principal } from './principal';
import { INFRA_PATH } from '../rate-limit/rate-limit.guard';
import { ApiKeyAuthenticator } from './api-key.authenticator';

class PassportJwtGuard extends AuthGuard('jwt') {
  override handleRequest<T>(err: unknown, principal: T, info: unknown): T {
    // A lost database is an outage (503 through the error filter), not a reason to tell a client its session ended.
    if (err)
      throw err instanceof ApiError || isDatabaseUnavailableError(err)
        ? err
        : ApiError.unauthorized('invalid access token', 'invalid_token');
    if (!principal) {
      const reason = (info as { name?: string; message?: string } | undefined)?.name;
      if (reason === 'TokenExpiredError') throw ApiError.unauthorized('the access token has expired', 'token_expired');
      if (reason === 'Error' || !reason)
        throw ApiError.unauthorized('authentication required: send a Bearer token or an X-API-Key');
      throw ApiError.unauthorized('invalid access token', 'invalid_token');
    }
    return principal;
  }
}

/**
 * Global guard: every route needs a principal (Bearer access token or X-API-Key) unless marked @Public, then the
 * role it requires. Reads need `viewer`, writes `member`, unless the route asks for more. The principal's identity
 * joins the request context, so every message sent for this request carries workspace and user ids.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly jwt = new PassportJwtGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) || INFRA_PATH.test(req.path)) return true;
    const apiKey = req.headers['x-api-key'];
    let principal: Principal;
    if (typeof apiKey === 'string' && apiKey.length > 0) {
      principal = await this.apiKeys.authenticate(apiKey);
    } else {
      await this.jwt.canActivate(context);
      principal = req.user as Principal;
    }
    req.principal = principal;
    const ctx = currentContext();
    if (ctx) {
      ctx.workspaceId = principal.workspaceId;
      ctx.userId = principal.userId;
      ctx.role = principal.role;
    }

    if (principal.kind === 'api_key' && this.reflector.getAllAndOverride<boolean>(USERS_ONLY, targets)) {
      throw ApiError.forbidden('this endpoint is for signed-in users, not API keys');
    }
    const required =
      this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? (req.method === 'GET' ? 'viewer' : 'member');
    if (!roleAtLeast(principal.role, required)) {
      throw ApiError.forbidden(
        `this action needs the ${required} role; you are ${principal.role}`,
        'insufficient_role',
      );
    }
    return true;
  }
}
