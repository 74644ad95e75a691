import { Module } from '@nestjs/common';
import { WorkflowFactsHandlers } from './workflow-facts.handlers';

/** Executions per workflow, from the engine's events. */
@Module({ providers: [WorkflowFactsHandlers] })
export class WorkflowFactsModule {}
