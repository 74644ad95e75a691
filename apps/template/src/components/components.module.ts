import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComponentWorkflowEntity } from './component-workflow.entity';
import { ComponentEntity } from './component.entity';
import { ComponentsHandlers } from './components.handlers';
import { WorkflowConnectionsHandlers } from './workflow-connections.handlers';

/** Smart components on the pages of sites, and which workflows use them. */
@Module({
  imports: [TypeOrmModule.forFeature([ComponentEntity, ComponentWorkflowEntity])],
  providers: [ComponentsHandlers, WorkflowConnectionsHandlers],
})
export class ComponentsModule {}
