import { messagingMigrations } from '@mab/persistence';

/** Every migration of the workflow_engine schema, oldest first. */
export const WORKFLOW_ENGINE_MIGRATIONS: Function[] = [...messagingMigrations('workflow_engine')];
