import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { GATEWAY_ENV } from '../gateway.tokens';
import type { GatewayEnv } from '../gateway.env';
import { ApiError } from '../http/api-error';
import { quotedTablePath } from '@mab/persistence';
import { MembershipEntity, RefreshTokenEntity, UserEntity } from './identity.entities';
import type { Principal } from './principal';
import type { AccessClaims } from './token.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** EventSource cannot send headers: the live stream alone also takes the token from `?access_token=`. */
const fromLiveStreamQuery = (req: Request): string | null =>
  req.path === '/api/live' && typeof req.query.access_token === 'string' ? req.query.access_token : null;

/**
 * passport-jwt with the algorithm pinned to HS256 (so `alg: none` and RS/HS confusion are refused), issuer and
 * audience checked, expiry enforced. The user and membership are read on every request: a deleted user, a removed
 * member or a changed password stops working at once, and the role is always the current one.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly refreshTokensTable: string;

  constructor(
    @Inject(GATEWAY_ENV) env: GatewayEnv,
    private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), fromLiveStreamQuery]),
      secretOrKey: env.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
    this.refreshTokensTable = quotedTablePath(dataSource, RefreshTokenEntity);
  }

  async validate(claims: AccessClaims): Promise<Principal> {
    if (![claims.sub, claims.ws, claims.sid].every((v) => typeof v === 'string' && UUID.test(v))) {
      throw ApiError.unauthorized('malformed token', 'invalid_token');
    }
    const row = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .select(['m.role AS role', 'u.token_version AS token_version'])
      // The session (refresh-token family) must still be alive: logout and reuse detection end access tokens too.
      .addSelect(
        `EXISTS (SELECT 1 FROM ${this.refreshTokensTable} r WHERE r.family_id = :sid AND r.revoked_at IS NULL)`,
        'session_alive',
      )
      .where('m.user_id = :user AND m.workspace_id = :ws', { user: claims.sub, ws: claims.ws, sid: claims.sid })
      .getRawOne<{ role: Principal['role']; token_version: number; session_alive: boolean }>();
    if (!row) throw ApiError.unauthorized('the account or its workspace access no longer exists', 'invalid_token');
    if (row.token_version !== claims.tv || !row.session_alive) {
      throw ApiError.unauthorized('the session has ended; sign in again', 'invalid_token');
    }
    return {
      kind: 'user',
      userId: claims.sub,
      workspaceId: claims.ws,
      role: row.role,
      expiresAt: claims.exp ? claims.exp * 1000 : undefined,
    };
  }
}
