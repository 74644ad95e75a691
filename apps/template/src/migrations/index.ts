import { messagingMigrations } from '@mab/persistence';

/** Every migration of the template schema, oldest first. */
export const TEMPLATE_MIGRATIONS: Function[] = [...messagingMigrations('template')];
