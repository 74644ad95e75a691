import { messagingTablesMigration } from '@mab/persistence';

/** Every migration of the crm schema, oldest first. */
export const CRM_MIGRATIONS: Function[] = [messagingTablesMigration('crm')];
