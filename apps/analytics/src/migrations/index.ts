import { messagingMigrations } from '@mab/persistence';
import { AnalyticsFactsAndRollups1765152000000 } from './1765152000000-analytics-facts-and-rollups';

/** Every migration of the analytics schema, oldest first. */
export const ANALYTICS_MIGRATIONS: Function[] = [
  ...messagingMigrations('analytics'),
  AnalyticsFactsAndRollups1765152000000,
];
