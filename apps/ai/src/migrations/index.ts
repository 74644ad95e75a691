import { messagingMigrations } from '@mab/persistence';

/** Every migration of the ai schema, oldest first. */
export const AI_MIGRATIONS: Function[] = [...messagingMigrations('ai')];
