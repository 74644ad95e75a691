import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isDatabaseUnavailableError } from '@mab/persistence';
import { ApiError } from '../http/api-error';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { JwtStrategy } from './jwt.strategy';
import type { Principal } from './principal';
import type { AccessClaims } from './token.service';

export interface PresentedCredentials {
  /** An access token (from `Authorization: Bearer …` or, for browsers, `?access_token=`). */
  accessToken?: string | null;
  /** An API key (from `X-API-Key`). */
  apiKey?: string | null;
}

/**
 * Credentials to a Principal outside an HTTP route (the live WebSocket's upgrade): the same checks as the
 * request guard, an API key through the key authenticator and an access token verified as passport-jwt does (HS256
 * pinned, issuer, audience, expiry) and then validated by the same strategy (user, membership, live session).
 */
@Injectable()
export class CredentialsAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly strategy: JwtStrategy,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {}

  async authenticate(presented: PresentedCredentials): Promise<Principal> {
    if (presented.apiKey) return this.apiKeys.authenticate(presented.apiKey);
    if (!presented.accessToken)
      throw ApiError.unauthorized('authentication required: send a Bearer token or an X-API-Key');
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(presented.accessToken);
    } catch (err) {
      if ((err as { name?: string }).name === 'TokenExpiredError')
        throw ApiError.unauthorized('the access token has expired', 'token_expired');
      throw ApiError.unauthorized('invalid access token', 'invalid_token');
    }
    try {
      return await this.strategy.validate(claims);
    } catch (err) {
      if (err instanceof ApiError || isDatabaseUnavailableError(err)) throw err;
      throw ApiError.unauthorized('invalid access token', 'invalid_token');
    }
  }
}
