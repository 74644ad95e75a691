import { defineBackendService } from '@mab/runtime';
import { WorkflowEngineEnv } from './workflow-engine.env';
import { WORKFLOW_ENGINE_MIGRATIONS } from './migrations';

/** The workflow-engine service: workflow graphs, durable executions, timers. Its feature modules (`<feature>/<feature>.module.ts`) join `features` as they land. */
export const workflowEngineApp = defineBackendService({
  service: 'workflow-engine',
  envSchema: WorkflowEngineEnv,
  migrations: WORKFLOW_ENGINE_MIGRATIONS,
  features: [],
});
