import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkflowsModule } from '../workflows/workflows.module';
import { ExecutionAdvancer } from './execution-advancer';
import { ExecutionStepEntity } from './execution-step.entity';
import { ExecutionSweeper } from './execution-sweeper';
import { ExecutionEntity } from './execution.entity';
import { ExecutionsHandlers } from './executions.handlers';
import { CrmNodes } from './nodes/crm-nodes';
import { HttpNodes } from './nodes/http-nodes';
import { OutboundHttp } from './outbound/outbound-http';
import { StepWorker } from './step-worker';
import { CustomEventTriggers } from './triggers/custom-event-triggers';
import { SiteEventTriggers } from './triggers/site-event-triggers';
import { StartExecutions } from './triggers/start-executions';
import { WebhookTriggers } from './triggers/webhook-triggers';
import { WorkflowPlans } from './workflow-plans';

/** Durable executions: the advancer, the step worker and sweeper, the triggers, the node effects. */
@Module({
  imports: [TypeOrmModule.forFeature([ExecutionEntity, ExecutionStepEntity]), WorkflowsModule],
  providers: [
    ExecutionAdvancer,
    ExecutionsHandlers,
    ExecutionSweeper,
    StepWorker,
    StartExecutions,
    SiteEventTriggers,
    CustomEventTriggers,
    WebhookTriggers,
    WorkflowPlans,
    CrmNodes,
    HttpNodes,
    OutboundHttp,
  ],
  exports: [StartExecutions, WorkflowPlans, ExecutionAdvancer, StepWorker],
})
export class ExecutionsModule {}
