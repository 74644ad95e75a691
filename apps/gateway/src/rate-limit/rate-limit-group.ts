import { SetMetadata } from '@nestjs/common';

/**
 * Which limit a route counts against:
 * - `auth`: per client IP (brute force on register/login/refresh);
 * - `ingest`: per client IP and site (public ingestion from published sites);
 * - `webhook`: per client IP (providers' signed callbacks, e.g. SendGrid's Event Webhook);
 * - `api` (every other authenticated route): per user or API key.
 */
export type RateLimitGroupName = 'auth' | 'api' | 'ingest' | 'webhook';
export const RATE_LIMIT_GROUP = 'mab:rate-limit-group';
export const RateLimitGroup = (group: RateLimitGroupName) => SetMetadata(RATE_LIMIT_GROUP, group);
/** Not rate limited (health probes, metrics scrapes, the OpenAPI document). */
export const NoRateLimit = () => SetMetadata(RATE_LIMIT_GROUP, 'none');
