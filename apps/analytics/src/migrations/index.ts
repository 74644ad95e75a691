import { messagingMigrations } from '@mab/persistence';

/** Every migration of the analytics schema, oldest first. */
export const ANALYTICS_MIGRATIONS: Function[] = [...messagingMigrations('analytics')];
