import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed-window counter and block flag in one round trip. KEYS: hits, block. ARGV: ttl ms, limit, block ms.
 * Returns hits, the window's remaining ms, and the block's remaining ms (0 when not blocked).
 */
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or ARGV[2]) + 1, redis.call('PTTL', KEYS[1]), blocked}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, tonumber(ARGV[3])}
end
return {hits, ttl, 0}
`;

/**
 * @nestjs/throttler storage on Redis, so every gateway replica counts against the same limits.
 *
 * When Redis cannot be reached the gateway keeps serving with per-instance in-memory counters (and says so in the
 * log once a minute), rather than failing open: brute-force protection on login stays in force, only less precise
 * across replicas, until Redis is back.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  /** The gateway's Redis connection for limits (shared with the failed-login counter). */
  readonly redis: Redis;
  private readonly fallback = new ThrottlerStorageService();
  private lastWarning = 0;

  constructor(
    url: string,
    readonly keyPrefix: string,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 500,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    });
    this.redis.on('error', (err) => this.warn(`Redis unavailable for rate limits (${err.message})`));
    this.redis.defineCommand('throttleIncrement', { numberOfKeys: 2, lua: INCREMENT });
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      const hitsKey = `${this.keyPrefix}throttle:${name}:${key}`;
      const [hits, windowMs, blockMs] = (await (
        this.redis as unknown as {
          throttleIncrement(k1: string, k2: string, ttl: number, limit: number, block: number): Promise<number[]>;
        }
      ).throttleIncrement(hitsKey, `${hitsKey}:blocked`, ttl, limit, blockDuration)) as number[];
      return {
        totalHits: Number(hits),
        timeToExpire: Math.max(0, Math.ceil(Number(windowMs) / 1000)),
        isBlocked: Number(blockMs) > 0,
        timeToBlockExpire: Math.max(0, Math.ceil(Number(blockMs) / 1000)),
      };
    } catch (err) {
      this.warn(`rate limits use in-memory counters: ${(err as Error).message}`);
      return this.fallback.increment(key, ttl, limit, blockDuration, name);
    }
  }

  private warn(message: string): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(message);
  }

  onApplicationShutdown(): void {
    this.fallback.onApplicationShutdown();
    this.redis.disconnect();
  }
}
