import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { ApiError } from '../http/api-error';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** INCR a failure counter, starting its window on the first failure. Returns the count. */
const RECORD_FAILURE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`;

/**
 * Failed logins per account (by email, whether or not it exists, so the limit reveals nothing), across every IP
 * address: the per-IP auth budget stops one client guessing many passwords, this stops many clients guessing one.
 * Past `LOGIN_FAILURE_LIMIT` failures within `LOGIN_FAILURE_WINDOW_SECONDS` the address is refused (429 with
 * Retry-After) until the window ends; a successful login clears the count. The trade-off, a person locked out for
 * a while by someone hammering their address, is the standard one (OWASP); the window is short and bounded.
 * Counts live in Redis (shared by replicas), in memory while Redis is away.
 */
@Injectable()
export class FailedLoginLimiter {
  private readonly logger = new Logger(FailedLoginLimiter.name);
  private readonly fallback = new Map<string, { count: number; expiresAt: number }>();
  private readonly windowMs: number;

  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {
    this.windowMs = env.LOGIN_FAILURE_WINDOW_SECONDS * 1000;
    storage.redis.defineCommand('recordLoginFailure', { numberOfKeys: 1, lua: RECORD_FAILURE });
  }

  private key(email: string): string {
    return `${this.storage.keyPrefix}login-failures:${createHash('sha256').update(email).digest('hex')}`;
  }

  /** Refuses the attempt when the account has had too many failures recently. */
  async assertAllowed(email: string): Promise<void> {
    const key = this.key(email);
    let count: number;
    let msLeft: number;
    try {
      const [value, ttl] = await Promise.all([this.storage.redis.get(key), this.storage.redis.pttl(key)]);
      count = Number(value ?? 0);
      msLeft = ttl;
    } catch {
      const entry = this.memoryEntry(key);
      count = entry?.count ?? 0;
      msLeft = entry ? entry.expiresAt - Date.now() : 0;
    }
    if (count >= this.env.LOGIN_FAILURE_LIMIT) {
      throw ApiError.tooManyRequests(
        'too_many_failed_logins',
        'too many failed sign-ins for this account; wait for the time given in Retry-After, or reset the password',
        Math.max(1, msLeft / 1000),
      );
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    try {
      await (
        this.storage.redis as unknown as { recordLoginFailure(k: string, ms: number): Promise<number> }
      ).recordLoginFailure(key, this.windowMs);
    } catch (err) {
      this.logger.warn(`failed logins counted in memory: ${(err as Error).message}`);
      const entry = this.memoryEntry(key) ?? { count: 0, expiresAt: Date.now() + this.windowMs };
      entry.count++;
      this.fallback.set(key, entry);
    }
  }

  async reset(email: string): Promise<void> {
    const key = this.key(email);
    this.fallback.delete(key);
    await this.storage.redis.del(key).catch(() => undefined);
  }

  private memoryEntry(key: string) {
    const entry = this.fallback.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.fallback.delete(key);
      return undefined;
    }
    return entry;
  }
}
