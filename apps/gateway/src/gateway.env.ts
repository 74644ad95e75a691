import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { ServiceEnv } from '@mab/config';
import { DEV_INVITATION_TOKEN_SECRET } from '@mab/contracts';

/** A development-only signing secret; production refuses to boot with it (see assertProductionSafe). */
export const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';

/** Environment of the gateway, the only public HTTP surface. */
export class GatewayEnv extends ServiceEnv {
  override PORT = 3000;

  /** Redis for rate limits shared by every gateway replica. */
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Prefix of the gateway's Redis keys (rate-limit counters). */
  @IsString()
  REDIS_KEY_PREFIX: string = 'mab:';

  /** How long /health/ready waits for each backend service's ping. */
  @IsInt()
  @Min(100)
  READINESS_PING_TIMEOUT_MS: number = 2_000;

  /** How long an AI route waits for the ai service (Claude may take tens of seconds; its deadline is shorter). */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  AI_REQUEST_TIMEOUT_MS: number = 60_000;

  /** HS256 signing secret of access tokens (at least 32 characters). */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string = DEV_JWT_SECRET;

  @IsString()
  JWT_ISSUER: string = 'marketing-automation-gateway';

  @IsString()
  JWT_AUDIENCE: string = 'marketing-automation-api';

  @IsInt()
  @Min(30)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS: number = 30;

  /** Largest JSON body accepted by the API (bytes); larger answers 413. */
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES: number = 1_048_576;

  /** Largest body accepted by the public ingestion endpoint (bytes). */
  @IsInt()
  @Min(256)
  PUBLIC_BODY_LIMIT_BYTES: number = 32_768;

  /**
   * Largest site export `POST /api/sites/import` takes (a site with its versions can outgrow the general limit);
   * below RabbitMQ's default message size limit (16 MiB), which the import travels through.
   */
  @IsInt()
  @Min(1024)
  @Max(12 * 1024 * 1024)
  SITE_IMPORT_BODY_LIMIT_BYTES: number = 8 * 1024 * 1024;

  /** Comma-separated allowed origins for CORS; `*` allows any (without credentials). */
  @IsString()
  CORS_ORIGINS: string = 'http://localhost:5173,http://localhost:3000';

  /**
   * Which proxies may tell the client IP (X-Forwarded-For), for rate limits: `false` (none: the socket address),
   * a hop count (`1` behind one ingress), or trusted addresses/ranges (`loopback`, `10.0.0.0/8,127.0.0.1`).
   * Never `true`: that would let any client choose its IP and dodge the limits.
   */
  @Matches(/^(false|0|[1-9][0-9]?|[A-Za-z0-9.:/_,\s-]+)$/, {
    message: 'TRUST_PROXY must be false, a hop count or a list of addresses',
  })
  @Matches(/^(?!true$)/, { message: 'TRUST_PROXY=true trusts any client; give a hop count or proxy addresses' })
  TRUST_PROXY: string = 'false';

  /** Public ingestion events per client IP across all sites within the window (a client cannot dodge it with new site ids). */
  @IsInt()
  @Min(1)
  INGEST_IP_RATE_LIMIT: number = 1200;

  /** Per-IP attempts on all auth routes together (register, login, refresh, logout, password) within the window. */
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT: number = 10;

  /** Failed sign-ins of one account (from any IP) before it is refused until its window ends. */
  @IsInt()
  @Min(1)
  LOGIN_FAILURE_LIMIT: number = 10;

  /** The window of LOGIN_FAILURE_LIMIT, from the first failure (seconds). */
  @IsInt()
  @Min(10)
  LOGIN_FAILURE_WINDOW_SECONDS: number = 900;

  /** Requests per user or API key within the window. */
  @IsInt()
  @Min(1)
  API_RATE_LIMIT: number = 600;

  /**
   * SendGrid Event Webhook posts per client IP within the window (SendGrid posts a batch every few seconds at most
   * from each of its addresses; a flood of forgeries is stopped before the crm checks their signatures).
   */
  @IsInt()
  @Min(1)
  WEBHOOK_RATE_LIMIT: number = 600;

  /** Public ingestion events per IP and site within the window. */
  @IsInt()
  @Min(1)
  INGEST_RATE_LIMIT: number = 120;

  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS: number = 60;

  /** How often an open live stream re-checks that its user may still see the workspace. */
  @IsInt()
  @Min(1)
  LIVE_RECHECK_SECONDS: number = 30;

  /**
   * How often live connections get a heartbeat (under the usual 60 s idle timeout of proxies and load balancers).
   * A WebSocket that has not answered the previous ping by then is dropped.
   */
  @IsInt()
  @Min(1)
  LIVE_HEARTBEAT_SECONDS: number = 25;

  /** Open /api/ws connections one workspace may hold on one gateway instance (a runaway client hits this). */
  @IsInt()
  @Min(1)
  LIVE_SOCKETS_PER_WORKSPACE: number = 200;

  /**
   * Host names of the platform itself (comma-separated): requests to them are never looked up as a site's custom
   * domain. IP addresses and localhost never are anyway.
   */
  @IsString()
  PLATFORM_HOSTS: string = 'localhost';

  /**
   * Seals the invitation token into `gateway.invitation.created.v1` for the crm, which emails it (events reach
   * every member's live stream; the token must not). The crm needs the same value. Set a long random value in
   * production.
   */
  @IsString()
  @MinLength(16)
  INVITATION_TOKEN_SECRET: string = DEV_INVITATION_TOKEN_SECRET;

  /** Event-name patterns pushed to dashboards over /api/live (topic syntax, comma-separated). */
  @IsString()
  LIVE_EVENT_PATTERNS: string = '#';
}

/** Production must not run with development secrets. */
export function assertProductionSafe(env: GatewayEnv): void {
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
    throw new Error('[gateway] JWT_SECRET is the development default; set a secret of your own in production');
  }
  if (env.NODE_ENV === 'production' && env.INVITATION_TOKEN_SECRET === DEV_INVITATION_TOKEN_SECRET) {
    throw new Error('[gateway] INVITATION_TOKEN_SECRET is the development default; set the same secret as the crm');
  }
}
