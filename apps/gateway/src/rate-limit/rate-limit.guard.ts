import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';
import { RATE_LIMIT_GROUP, type RateLimitGroupName } from './rate-limit-group';

/** Probes and scrapes: never authenticated, never limited (the ingress must not route them publicly). */
export const INFRA_PATH = /^\/(health(\/ready)?|metrics)\/?$/;

export function groupOf(context: ExecutionContext): RateLimitGroupName | 'none' {
  if (INFRA_PATH.test(context.switchToHttp().getRequest().path ?? '')) return 'none';
  const group =
    Reflect.getMetadata(RATE_LIMIT_GROUP, context.getHandler()) ??
    Reflect.getMetadata(RATE_LIMIT_GROUP, context.getClass());
  return group ?? 'api';
}

/**
 * ThrottlerGuard with the standard headers: `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds)
 * and `RateLimit-Policy` on every limited response, `Retry-After` (seconds) on a 429.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { context, limit, ttl, throttler, blockDuration, getTracker, generateKey } = props;
    const { req, res } = this.getRequestResponse(context);
    const tracker = await getTracker(req, context);
    const key = generateKey(context, tracker, throttler.name!);
    const record = await this.storageService.increment(key, ttl, limit, blockDuration, throttler.name!);
    const remaining = Math.max(0, limit - record.totalHits);
    // Several limits can apply to one route (per site and per IP): the headers describe the tightest one.
    const shown = res.getHeader('RateLimit-Remaining');
    if (shown === undefined || Number(shown) > remaining || record.isBlocked) {
      res.header('RateLimit-Limit', String(limit));
      res.header('RateLimit-Remaining', String(remaining));
      res.header('RateLimit-Reset', String(record.isBlocked ? record.timeToBlockExpire : record.timeToExpire));
      res.header('RateLimit-Policy', `${limit};w=${Math.round(ttl / 1000)}`);
    }
    if (record.isBlocked) {
      res.header('Retry-After', String(Math.max(1, record.timeToBlockExpire)));
      throw new ThrottlerException();
    }
    return true;
  }
}
