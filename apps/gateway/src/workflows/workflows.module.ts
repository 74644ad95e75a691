import { Module } from '@nestjs/common';
import { WorkflowTemplatesController } from './workflow-templates.controller';
import { WorkflowsController } from './workflows.controller';

/** Workflows (the workflow engine). */
@Module({ controllers: [WorkflowsController, WorkflowTemplatesController] })
export class WorkflowsModule {}
