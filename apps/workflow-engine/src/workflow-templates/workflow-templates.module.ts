import { Module } from '@nestjs/common';
import { WorkflowsModule } from '../workflows/workflows.module';
import { WorkflowTemplatesHandlers } from './workflow-templates.handlers';

/** The built-in workflow templates. */
@Module({ imports: [WorkflowsModule], providers: [WorkflowTemplatesHandlers] })
export class WorkflowTemplatesModule {}
