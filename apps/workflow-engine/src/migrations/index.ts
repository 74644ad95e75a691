import { messagingTablesMigration } from '@mab/persistence';

/** Every migration of the workflow_engine schema, oldest first. */
export const WORKFLOW_ENGINE_MIGRATIONS: Function[] = [messagingTablesMigration('workflow_engine')];
