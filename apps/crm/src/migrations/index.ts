import { messagingMigrations } from '@mab/persistence';

/** Every migration of the crm schema, oldest first. */
export const CRM_MIGRATIONS: Function[] = [...messagingMigrations('crm')];
