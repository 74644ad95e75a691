import { messagingMigrations } from '@mab/persistence';
import { WorkflowEngineCore1764806400000 } from './1764806400000-workflow-engine-core';
import { WorkflowSchedules1764892800000 } from './1764892800000-workflow-schedules';
import { ExecutionQueueIndex1764979200000 } from './1764979200000-execution-queue-index';

/** Every migration of the workflow_engine schema, oldest first. */
export const WORKFLOW_ENGINE_MIGRATIONS: Function[] = [
  ...messagingMigrations('workflow_engine'),
  WorkflowEngineCore1764806400000,
  WorkflowSchedules1764892800000,
  ExecutionQueueIndex1764979200000,
];
