import { ServiceEnv } from '@mab/config';

/** Environment of the workflow-engine service (workflow graphs, durable executions, timers). */
export class WorkflowEngineEnv extends ServiceEnv {
  override PORT = 3002;
}
