import { Injectable } from '@nestjs/common';
import { WORKFLOW_CONNECTED, WORKFLOW_DISCONNECTED, type WorkflowDisconnectReason } from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import type { EntityManager } from 'typeorm';
import type { WorkflowEntity } from './workflow.entity';

/**
 * Tells the template service which components a workflow uses (so it lists them and refuses to delete a component
 * in use): after every save, activation, deactivation and deletion, in the transaction of the change.
 */
@Injectable()
export class WorkflowConnections {
  constructor(private readonly publisher: EventPublisher) {}

  async announce(manager: EntityManager, workflow: WorkflowEntity, previousComponents: string[] = []): Promise<void> {
    for (const componentId of workflow.componentIds) {
      await this.publisher.publish(
        manager,
        WORKFLOW_CONNECTED,
        {
          workflow_id: workflow.id,
          workflow_name: workflow.name,
          workflow_version: workflow.version,
          active: workflow.active,
          component_id: componentId,
        },
        { workspaceId: workflow.workspaceId },
      );
    }
    const dropped = previousComponents.filter((c) => !workflow.componentIds.includes(c));
    await this.disconnect(manager, workflow, dropped, 'workflow_changed');
  }

  async disconnect(
    manager: EntityManager,
    workflow: WorkflowEntity,
    componentIds: string[],
    reason: WorkflowDisconnectReason,
  ): Promise<void> {
    for (const componentId of componentIds) {
      await this.publisher.publish(
        manager,
        WORKFLOW_DISCONNECTED,
        { workflow_id: workflow.id, workflow_version: workflow.version, component_id: componentId, reason },
        { workspaceId: workflow.workspaceId },
      );
    }
  }
}
