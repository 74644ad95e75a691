import { defineBackendService } from '@mab/runtime';
import { AnalyticsEnv } from './analytics.env';
import { ANALYTICS_MIGRATIONS } from './migrations';

/** The analytics service: event facts, rollups, funnels, time series. Its feature modules (`<feature>/<feature>.module.ts`) join `features` as they land. */
export const analyticsApp = defineBackendService({
  service: 'analytics',
  envSchema: AnalyticsEnv,
  migrations: ANALYTICS_MIGRATIONS,
  features: [],
});
