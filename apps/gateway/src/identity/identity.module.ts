import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { GatewayEnv } from '../gateway.env';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { AuthenticationGuard } from './authentication.guard';
import { CredentialsAuthenticator } from './credentials.authenticator';
import { IDENTITY_ENTITIES } from './identity.entities';
import { JwtStrategy } from './jwt.strategy';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

/**
 * Who is calling, for every feature: the identity tables, password hashing, access and refresh tokens, API keys
 * and the guard that turns a request's credentials into a Principal. Global, since every feature needs it.
 */
@Global()
@Module({})
export class IdentityModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        TypeOrmModule.forFeature(IDENTITY_ENTITIES),
        PassportModule,
        JwtModule.register({
          secret: env.JWT_SECRET,
          signOptions: {
            algorithm: 'HS256',
            expiresIn: env.ACCESS_TOKEN_TTL_SECONDS,
            issuer: env.JWT_ISSUER,
            audience: env.JWT_AUDIENCE,
          },
          verifyOptions: { algorithms: ['HS256'], issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
        }),
      ],
      providers: [
        PasswordHasher,
        TokenService,
        JwtStrategy,
        ApiKeyAuthenticator,
        CredentialsAuthenticator,
        AuthenticationGuard,
      ],
      exports: [PasswordHasher, TokenService, ApiKeyAuthenticator, CredentialsAuthenticator, AuthenticationGuard],
    };
  }
}
