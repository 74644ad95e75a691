import { IsInt, Matches, Min } from 'class-validator';
import { ServiceEnv } from '@mab/config';

/** Environment of the gateway, the only public HTTP surface. */
export class GatewayEnv extends ServiceEnv {
  override PORT = 3000;

  /** Redis for rate limits shared by every gateway replica. */
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** How long /health/ready waits for each backend service's ping. */
  @IsInt()
  @Min(100)
  READINESS_PING_TIMEOUT_MS: number = 2_000;
}
