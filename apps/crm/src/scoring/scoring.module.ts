import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module';
import { LeadScorer } from './lead-scorer';
import { ScoreChangeEntity } from './score-change.entity';
import { ScoreDecayJob } from './score-decay.job';
import { ScoreRuleEntity } from './score-rule.entity';
import { ScoreSettingsEntity } from './score-settings.entity';
import { ScoreThresholdEntity } from './score-threshold.entity';
import { ScoringHandlers } from './scoring.handlers';

/** Lead scoring: rules applied to every activity recorded on a contact, thresholds, decay, the change log. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ScoreRuleEntity, ScoreSettingsEntity, ScoreThresholdEntity, ScoreChangeEntity]),
    ActivitiesModule,
  ],
  providers: [LeadScorer, ScoreDecayJob, ScoringHandlers],
  exports: [LeadScorer],
})
export class ScoringModule {}
