import { Module } from '@nestjs/common';
import { ContactInsightsUseCase } from './contact-insights.usecase';
import { InsightsHandlers } from './insights.handlers';

/** Contact insights (churn risk, engagement, next best action, best time) from the crm's records. */
@Module({ providers: [ContactInsightsUseCase, InsightsHandlers] })
export class InsightsModule {}
