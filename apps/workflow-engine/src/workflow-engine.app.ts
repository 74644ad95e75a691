import { defineBackendService } from '@mab/runtime';
import { WorkflowAnalyticsModule } from './analytics/workflow-analytics.module';
import { WORKFLOW_ENGINE_MIGRATIONS } from './migrations';
import { ExecutionsModule } from './executions/executions.module';
import { SchedulesModule } from './schedules/schedules.module';
import { TestRunsModule } from './test-runs/test-runs.module';
import { WorkflowEngineConfigModule } from './workflow-engine.config';
import { WorkflowEngineEnv, assertWorkflowEngineProductionSafe } from './workflow-engine.env';
import { WorkflowTemplatesModule } from './workflow-templates/workflow-templates.module';
import { WorkflowsModule } from './workflows/workflows.module';

/** The workflow-engine service: workflow graphs and their versions, durable executions, timers. */
export const workflowEngineApp = defineBackendService({
  service: 'workflow-engine',
  envSchema: WorkflowEngineEnv,
  migrations: WORKFLOW_ENGINE_MIGRATIONS,
  features: (env) => {
    assertWorkflowEngineProductionSafe(env);
    return [
      WorkflowEngineConfigModule.forRoot(env),
      WorkflowsModule,
      WorkflowTemplatesModule,
      ExecutionsModule,
      SchedulesModule,
      TestRunsModule,
      WorkflowAnalyticsModule,
    ];
  },
});
