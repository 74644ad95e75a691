import { messagingMigrations } from '@mab/persistence';
import { AnalyticsFactsAndRollups1765152000000 } from './1765152000000-analytics-facts-and-rollups';
import { AnalyticsWorkflowsAndEmail1765238400000 } from './1765238400000-analytics-workflows-and-email';

/** Every migration of the analytics schema, oldest first. */
export const ANALYTICS_MIGRATIONS: Function[] = [
  ...messagingMigrations('analytics'),
  AnalyticsFactsAndRollups1765152000000,
  AnalyticsWorkflowsAndEmail1765238400000,
];
