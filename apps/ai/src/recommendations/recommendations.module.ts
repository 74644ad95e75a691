import { Module } from '@nestjs/common';
import { RecommendationsHandlers } from './recommendations.handlers';
import { WorkflowRecommendationsUseCase } from './workflow-recommendations.usecase';

/** Optimization advice from a workflow's analytics and its emails' figures. */
@Module({ providers: [WorkflowRecommendationsUseCase, RecommendationsHandlers] })
export class RecommendationsModule {}
