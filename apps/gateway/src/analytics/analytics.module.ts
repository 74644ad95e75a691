import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';

/** Analytics reads (the analytics service). */
@Module({ controllers: [AnalyticsController] })
export class AnalyticsModule {}
