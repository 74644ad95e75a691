import { ServiceEnv } from '@mab/config';
import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/** A development-only key for workflow secrets at rest; production refuses to start with it. */
export const DEV_WORKFLOW_SECRETS_KEY = 'development-only-workflow-secrets-key';

/** Environment of the workflow-engine service (workflow graphs, durable executions, timers). */
export class WorkflowEngineEnv extends ServiceEnv {
  override PORT = 3002;

  /** Where the gateway answers publicly: webhook triggers' URLs are built from it. */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) origin without a path' })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  /**
   * Seals the secrets of workflow nodes at rest (webhook secrets, HTTP credentials, chat webhook URLs) with
   * AES-256-GCM. Set a long random value in production and keep it: secrets sealed with another key cannot be read.
   */
  @IsString()
  @MinLength(16)
  WORKFLOW_SECRETS_KEY: string = DEV_WORKFLOW_SECRETS_KEY;

  /**
   * Private addresses workflow HTTP steps may reach anyway (comma-separated: host, host:port, IP or CIDR), for an
   * internal service an operator trusts. Empty (the default): public addresses only.
   */
  @IsString()
  OUTBOUND_ALLOWED_HOSTS: string = '';

  /** Steps one engine process runs at once (effects wait on the network, so more than the cores). */
  @IsInt()
  @Min(1)
  @Max(1000)
  ENGINE_CONCURRENCY: number = 64;

  /** How often an idle engine looks for due steps (timers, retries, work another replica left). */
  @IsInt()
  @Min(10)
  @Max(60_000)
  ENGINE_POLL_MS: number = 200;

  /**
   * How long a running step's claim holds without a heartbeat: past it, the step is taken to belong to a dead
   * worker and runs again (with the same idempotency key, so its effect is not repeated).
   */
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  STEP_LEASE_MS: number = 30_000;

  /** Finished executions older than this many days are pruned with their steps (0 keeps them). */
  @IsInt()
  @Min(0)
  @Max(3650)
  EXECUTION_RETENTION_DAYS: number = 30;
}

/** Production refuses the development key (every secret would be readable by anyone with this repository). */
export function assertWorkflowEngineProductionSafe(env: WorkflowEngineEnv): void {
  if (env.NODE_ENV !== 'production') return;
  if (env.WORKFLOW_SECRETS_KEY === DEV_WORKFLOW_SECRETS_KEY)
    throw new Error('[workflow-engine] WORKFLOW_SECRETS_KEY is the development default; set a key of your own');
}
