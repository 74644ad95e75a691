import { ServiceEnv } from '@mab/config';

/** Environment of the analytics service (event facts, rollups, funnels, time series). */
export class AnalyticsEnv extends ServiceEnv {
  override PORT = 3005;
}
