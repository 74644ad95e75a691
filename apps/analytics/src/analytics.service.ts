import { defineBackendService } from '@mab/runtime';
import { AnalyticsEnv } from './analytics.env';
import { ANALYTICS_MIGRATIONS } from './migrations';

/** The analytics service: event facts, rollups, funnels, time series. Feature modules are added to `imports` as they land. */
export const analyticsService = defineBackendService({
  service: 'analytics',
  envSchema: AnalyticsEnv,
  migrations: ANALYTICS_MIGRATIONS,
  entities: [],
  imports: () => [],
});
