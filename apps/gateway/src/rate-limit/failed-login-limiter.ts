import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { ApiError } from '../http/api-error';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Counts one more attempt (the window starts with the first) and returns the count and the window's ms left. */
const COUNT_ATTEMPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}
`;

/** Accounts tracked in memory at most while Redis is away (oldest first out): the map cannot grow without bound. */
const MAX_MEMORY_ENTRIES = 10_000;

/**
 * Failed logins per account (by email, whether or not it exists, so the limit reveals nothing), across every IP
 * address: the per-IP auth budget stops one client guessing many passwords, this stops many clients guessing one.
 * Every attempt is counted before the password is checked, atomically, and a successful login clears the count: so
 * `LOGIN_FAILURE_LIMIT` failures in a row within `LOGIN_FAILURE_WINDOW_SECONDS` refuse the address (429 with
 * Retry-After) until the window ends, and guesses fired in parallel cannot slip past the limit while the slow
 * password hash runs. The trade-off, a person kept out for a while by someone hammering their address, is OWASP's
 * accepted one; the window is short and bounded. Counts live in Redis (shared by replicas), in memory while Redis is
 * away.
 */
@Injectable()
export class FailedLoginLimiter {
  private readonly logger = new Logger(FailedLoginLimiter.name);
  private readonly memory = new Map<string, { count: number; expiresAt: number }>();
  private readonly windowMs: number;

  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {
    this.windowMs = env.LOGIN_FAILURE_WINDOW_SECONDS * 1000;
    storage.redis.defineCommand('countLoginAttempt', { numberOfKeys: 1, lua: COUNT_ATTEMPT });
  }

  private key(email: string): string {
    return `${this.storage.keyPrefix}login-failures:${createHash('sha256').update(email).digest('hex')}`;
  }

  /** Counts this attempt; refuses it when the account has had too many attempts without a success. */
  async admitAttempt(email: string): Promise<void> {
    const key = this.key(email);
    let count: number;
    let msLeft: number;
    try {
      const [n, ttl] = await (
        this.storage.redis as unknown as { countLoginAttempt(k: string, ms: number): Promise<[number, number]> }
      ).countLoginAttempt(key, this.windowMs);
      [count, msLeft] = [Number(n), Number(ttl)];
    } catch (err) {
      this.logger.warn(`login attempts counted in memory: ${(err as Error).message}`);
      ({ count, msLeft } = this.countInMemory(key));
    }
    if (count > this.env.LOGIN_FAILURE_LIMIT) {
      throw ApiError.tooManyRequests(
        'too_many_failed_logins',
        'too many failed sign-ins for this account; wait for the time given in Retry-After, or reset the password',
        Math.max(1, msLeft / 1000),
      );
    }
  }

  /** A successful login: the count starts again. */
  async clear(email: string): Promise<void> {
    const key = this.key(email);
    this.memory.delete(key);
    await this.storage.redis.del(key).catch(() => undefined);
  }

  private countInMemory(key: string): { count: number; msLeft: number } {
    const now = Date.now();
    let entry = this.memory.get(key);
    if (!entry || entry.expiresAt <= now) {
      entry = { count: 0, expiresAt: now + this.windowMs };
      this.memory.delete(key);
      if (this.memory.size >= MAX_MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
      this.memory.set(key, entry);
    }
    entry.count++;
    return { count: entry.count, msLeft: entry.expiresAt - now };
  }
}
