import { ServiceEnv } from '@mab/config';
import { IsInt, Max, Min } from 'class-validator';

/** Environment of the analytics service (event facts, rollups, funnels, time series). */
export class AnalyticsEnv extends ServiceEnv {
  override PORT = 3005;

  /**
   * Days raw facts are kept (rollups are kept for good). Counted from the start of the UTC day: facts of older days
   * are pruned, and a rebuild recomputes the rollups of the days still covered by facts only.
   */
  @IsInt()
  @Min(1)
  @Max(3650)
  ANALYTICS_FACT_RETENTION_DAYS: number = 90;
}
