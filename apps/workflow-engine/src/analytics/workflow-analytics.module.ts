import { Module } from '@nestjs/common';
import { WorkflowAnalyticsHandlers } from './workflow-analytics.handlers';

/** Workflow analytics from the engine's own data. */
@Module({ providers: [WorkflowAnalyticsHandlers] })
export class WorkflowAnalyticsModule {}
