import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AnalyticsEnv } from './analytics.env';

export const ANALYTICS_ENV = Symbol('ANALYTICS_ENV');

/** The service's validated environment, injectable as ANALYTICS_ENV by every feature. */
@Global()
@Module({})
export class AnalyticsConfigModule {
  static forRoot(env: AnalyticsEnv): DynamicModule {
    return {
      module: AnalyticsConfigModule,
      providers: [{ provide: ANALYTICS_ENV, useValue: env }],
      exports: [ANALYTICS_ENV],
    };
  }
}
