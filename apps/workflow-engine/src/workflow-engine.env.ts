import { ServiceEnv } from '@mab/config';
import { IsString, Matches, MinLength } from 'class-validator';

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
}

/** Production refuses the development key (every secret would be readable by anyone with this repository). */
export function assertWorkflowEngineProductionSafe(env: WorkflowEngineEnv): void {
  if (env.NODE_ENV !== 'production') return;
  if (env.WORKFLOW_SECRETS_KEY === DEV_WORKFLOW_SECRETS_KEY)
    throw new Error('[workflow-engine] WORKFLOW_SECRETS_KEY is the development default; set a key of your own');
}
