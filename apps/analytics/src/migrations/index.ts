import { messagingMigrations } from '@mab/persistence';
import { AnalyticsFactsAndRollups1765152000000 } from './1765152000000-analytics-facts-and-rollups';
import { AnalyticsWorkflowsAndEmail1765238400000 } from './1765238400000-analytics-workflows-and-email';
import { AnalyticsFunnelsAndCampaigns1765324800000 } from './1765324800000-analytics-funnels-and-campaigns';

/** Every migration of the analytics schema, oldest first. */
export const ANALYTICS_MIGRATIONS: Function[] = [
  ...messagingMigrations('analytics'),
  AnalyticsFactsAndRollups1765152000000,
  AnalyticsWorkflowsAndEmail1765238400000,
  AnalyticsFunnelsAndCampaigns1765324800000,
];
