import { defineBackendService } from '@mab/runtime';
import { WorkflowEngineEnv } from './workflow-engine.env';
import { WORKFLOW_ENGINE_MIGRATIONS } from './migrations';

/** The workflow-engine service: workflow graphs, durable executions, timers. Feature modules are added to `imports` as they land. */
export const workflowEngineService = defineBackendService({
  service: 'workflow-engine',
  envSchema: WorkflowEngineEnv,
  migrations: WORKFLOW_ENGINE_MIGRATIONS,
  entities: [],
  imports: () => [],
});
