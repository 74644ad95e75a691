import { messagingTablesMigration } from '@mab/persistence';

/** Every migration of the gateway schema, oldest first. */
export const GATEWAY_MIGRATIONS: Function[] = [messagingTablesMigration('gateway')];
