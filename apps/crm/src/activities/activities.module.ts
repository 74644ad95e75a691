import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesHandlers } from './activities.handlers';
import { ActivityHooks } from './activity-hooks';
import { ActivityRecorder } from './activity-recorder';
import { ActivityEntity } from './activity.entity';

/** The activity timeline of contacts. */
@Module({
  imports: [TypeOrmModule.forFeature([ActivityEntity])],
  providers: [ActivityHooks, ActivityRecorder, ActivitiesHandlers],
  exports: [ActivityRecorder, ActivityHooks],
})
export class ActivitiesModule {}
