import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@mab/contracts';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { ApiError } from '../http/api-error';
import { GATEWAY_ENV } from '../gateway.tokens';
import type { GatewayEnv } from '../gateway.env';
import { MembershipEntity, RefreshTokenEntity, UserEntity } from './identity.entities';
import { newSecret, sha256 } from './secret-token';

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Claims of our access tokens. `tv` is the user's token version: a password change invalidates older tokens. */
export interface AccessClaims {
  sub: string;
  ws: string;
  tv: number;
  sid: string;
  exp?: number;
}

/**
 * Access tokens are short-lived HS256 JWTs; refresh tokens are opaque, stored hashed, rotated on every use. A
 * refresh token presented after it was rotated is treated as stolen: its whole family is revoked.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  async issue(
    manager: EntityManager,
    user: UserEntity,
    workspaceId: string,
    familyId: string = randomUUID(),
  ): Promise<TokenPair> {
    const refresh = newSecret('rt');
    await manager.getRepository(RefreshTokenEntity).insert({
      familyId,
      userId: user.id,
      workspaceId,
      tokenHash: sha256(refresh),
      expiresAt: new Date(Date.now() + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    const claims: AccessClaims = { sub: user.id, ws: workspaceId, tv: user.tokenVersion, sid: familyId };
    const access = await this.jwt.signAsync(claims);
    return {
      access_token: access,
      refresh_token: refresh,
      token_type: 'Bearer',
      expires_in: this.env.ACCESS_TOKEN_TTL_SECONDS,
    };
  }

  /** Exchanges a refresh token for a new pair, detecting reuse. Runs in the caller's transaction. */
  async rotate(
    manager: EntityManager,
    presented: string,
  ): Promise<{ pair: TokenPair; user: UserEntity; workspaceId: string; role: Role }> {
    const tokens = manager.getRepository(RefreshTokenEntity);
    const token = await tokens.findOne({
      where: { tokenHash: sha256(presented) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!token) throw ApiError.unauthorized('the refresh token is not valid', 'invalid_refresh_token');
    if (token.rotatedAt || token.revokedAt) {
      // Reuse of a rotated token: someone else holds the family. Revoke it all (the newest token too).
      await this.revokeFamily(manager, token.familyId);
      throw ApiError.unauthorized(
        'the refresh token was already used; every session of it is revoked',
        'refresh_token_reused',
      );
    }
    if (token.expiresAt.getTime() <= Date.now())
      throw ApiError.unauthorized('the refresh token has expired', 'refresh_token_expired');
    const user = await manager.getRepository(UserEntity).findOne({ where: { id: token.userId } });
    const membership = await manager
      .getRepository(MembershipEntity)
      .findOne({ where: { userId: token.userId, workspaceId: token.workspaceId } });
    if (!user || !membership) {
      await this.revokeFamily(manager, token.familyId);
      throw ApiError.unauthorized('the session is no longer valid', 'invalid_refresh_token');
    }
    await tokens.update({ id: token.id }, { rotatedAt: new Date() });
    const pair = await this.issue(manager, user, token.workspaceId, token.familyId);
    return { pair, user, workspaceId: token.workspaceId, role: membership.role };
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Logout: the family of the presented token ends. Unknown tokens are ignored (logout is idempotent). */
  async revokeByToken(manager: EntityManager, presented: string): Promise<void> {
    const token = await manager.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: sha256(presented) } });
    if (token) await this.revokeFamily(manager, token.familyId);
  }

  async revokeAllOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
