import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { FunnelsController } from './funnels.controller';

/** Analytics reads and funnels (the analytics service). */
@Module({ controllers: [FunnelsController, AnalyticsController] })
export class AnalyticsModule {}
