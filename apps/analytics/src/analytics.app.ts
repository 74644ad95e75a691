import { defineBackendService } from '@mab/runtime';
import { AnalyticsConfigModule } from './analytics.config';
import { AnalyticsEnv } from './analytics.env';
import { ANALYTICS_MIGRATIONS } from './migrations';
import { ReportsModule } from './reports/reports.module';
import { SiteFactsModule } from './site-facts/site-facts.module';
import { EmailFactsModule } from './email-facts/email-facts.module';
import { FunnelsModule } from './funnels/funnels.module';
import { WorkflowFactsModule } from './workflow-facts/workflow-facts.module';

/** The analytics service: event facts, rollups, and the site, component, funnel, workflow and email reports. */
export const analyticsApp = defineBackendService({
  service: 'analytics',
  envSchema: AnalyticsEnv,
  migrations: ANALYTICS_MIGRATIONS,
  features: (env) => [
    AnalyticsConfigModule.forRoot(env),
    SiteFactsModule,
    WorkflowFactsModule,
    EmailFactsModule,
    ReportsModule,
    FunnelsModule,
  ],
});
