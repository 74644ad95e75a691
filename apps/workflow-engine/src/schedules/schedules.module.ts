import { Module } from '@nestjs/common';
import { ExecutionsModule } from '../executions/executions.module';
import { ScheduleTicker } from './schedule-ticker';

/** Schedule triggers. */
@Module({ imports: [ExecutionsModule], providers: [ScheduleTicker] })
export class SchedulesModule {}
