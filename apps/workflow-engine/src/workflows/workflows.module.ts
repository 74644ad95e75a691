import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SaveWorkflowUseCase } from './usecases/save-workflow.usecase';
import { WorkflowConnections } from './workflow-connections';
import { WorkflowSecrets } from './workflow-secrets';
import { WorkflowVersionEntity } from './workflow-version.entity';
import { WorkflowVersionsHandlers } from './workflow-versions.handlers';
import { WorkflowEntity } from './workflow.entity';
import { WorkflowsHandlers } from './workflows.handlers';

/** Workflows and their versions. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkflowEntity, WorkflowVersionEntity])],
  providers: [WorkflowsHandlers, WorkflowVersionsHandlers, SaveWorkflowUseCase, WorkflowConnections, WorkflowSecrets],
  exports: [SaveWorkflowUseCase, WorkflowSecrets, TypeOrmModule],
})
export class WorkflowsModule {}
