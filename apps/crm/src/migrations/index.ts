import { messagingMigrations } from '@mab/persistence';
import { CrmContactsAndActivities1764201600000 } from './1764201600000-crm-contacts-and-activities';

/** Every migration of the crm schema, oldest first. */
export const CRM_MIGRATIONS: Function[] = [...messagingMigrations('crm'), CrmContactsAndActivities1764201600000];
