import { Module } from '@nestjs/common';
import { ExecutionsController } from './executions.controller';
import { WorkflowTemplatesController } from './workflow-templates.controller';
import { WorkflowWebhooksController } from './workflow-webhooks.controller';
import { WorkflowsController } from './workflows.controller';

/** Workflows (the workflow engine). */
@Module({
  controllers: [WorkflowsController, WorkflowTemplatesController, ExecutionsController, WorkflowWebhooksController],
})
export class WorkflowsModule {}
