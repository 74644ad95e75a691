import { Module } from '@nestjs/common';
import { ExecutionsController } from './executions.controller';
import { WorkflowTemplatesController } from './workflow-templates.controller';
import { WorkflowsController } from './workflows.controller';

/** Workflows (the workflow engine). */
@Module({ controllers: [WorkflowsController, WorkflowTemplatesController, ExecutionsController] })
export class WorkflowsModule {}
