import { defineBackendService } from '@mab/runtime';
import { AnalyticsConfigModule } from './analytics.config';
import { AnalyticsEnv } from './analytics.env';
import { ANALYTICS_MIGRATIONS } from './migrations';
import { ReportsModule } from './reports/reports.module';
import { SiteFactsModule } from './site-facts/site-facts.module';

/** The analytics service: event facts, rollups, site and component reports (more reads join as they land). */
export const analyticsApp = defineBackendService({
  service: 'analytics',
  envSchema: AnalyticsEnv,
  migrations: ANALYTICS_MIGRATIONS,
  features: (env) => [AnalyticsConfigModule.forRoot(env), SiteFactsModule, ReportsModule],
});
