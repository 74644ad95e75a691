import { Module, type DynamicModule, type ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { GatewayEnv } from '../gateway.env';
import type { Principal } from '../identity/principal';
import { FailedLoginLimiter } from './failed-login-limiter';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { groupOf } from './rate-limit.guard';

const clientIp = (req: { ip?: string; socket?: { remoteAddress?: string } }) =>
  req.ip ?? req.socket?.remoteAddress ?? 'unknown';
const only = (group: string) => (context: ExecutionContext) => groupOf(context) !== group;

/** The Redis storage as a provider, so Nest closes its connection on shutdown. */
@Module({})
class RateLimitStorageModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    return {
      module: RateLimitStorageModule,
      providers: [
        {
          provide: RedisThrottlerStorage,
          useFactory: () => new RedisThrottlerStorage(env.REDIS_URL, env.REDIS_KEY_PREFIX),
        },
      ],
      exports: [RedisThrottlerStorage],
    };
  }
}

/**
 * Limits and their storage; RateLimitGuard is registered by the app after authentication (it needs the principal).
 * Global: the failed-login limiter is used by the auth feature.
 */
@Module({})
export class RateLimitModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    const ttl = env.RATE_LIMIT_WINDOW_SECONDS * 1000;
    // One module object, imported twice: one Redis connection.
    const storageModule = RateLimitStorageModule.forRoot(env);
    return {
      module: RateLimitModule,
      global: true,
      providers: [FailedLoginLimiter],
      imports: [
        storageModule,
        ThrottlerModule.forRootAsync({
          imports: [storageModule],
          inject: [RedisThrottlerStorage],
          useFactory: (storage: RedisThrottlerStorage) => ({
            storage,
            throttlers: [
              {
                name: 'auth',
                ttl,
                limit: env.AUTH_RATE_LIMIT,
                skipIf: only('auth'),
                getTracker: (req) => clientIp(req),
                // One budget per client across every auth route: 10 logins plus 10 registrations plus 10 refreshes
                // would be three budgets for a guesser.
                generateKey: (_context, tracker, name) => `${name}:${tracker}`,
              },
              {
                name: 'api',
                ttl,
                limit: env.API_RATE_LIMIT,
                skipIf: only('api'),
                getTracker: (req) => {
                  const principal = req.principal as Principal | undefined;
                  if (!principal) return `ip:${clientIp(req)}`;
                  return principal.apiKeyId ? `key:${principal.apiKeyId}` : `user:${principal.userId}`;
                },
              },
              {
                name: 'ingest',
                ttl,
                limit: env.INGEST_RATE_LIMIT,
                skipIf: only('ingest'),
                getTracker: (req) => `${clientIp(req)}:${req.params?.site_id ?? '-'}`,
              },
              // The same client across every site: made-up site ids do not buy more events.
              {
                name: 'ingest-ip',
                ttl,
                limit: env.INGEST_IP_RATE_LIMIT,
                skipIf: only('ingest'),
                getTracker: (req) => clientIp(req),
              },
              {
                name: 'webhook',
                ttl,
                limit: env.WEBHOOK_RATE_LIMIT,
                skipIf: only('webhook'),
                getTracker: (req) => clientIp(req),
              },
            ],
          }),
        }),
      ],
      exports: [ThrottlerModule, FailedLoginLimiter],
    };
  }
}
