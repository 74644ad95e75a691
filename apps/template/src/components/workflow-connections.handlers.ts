import { Injectable, Logger } from '@nestjs/common';
import {
  WORKFLOW_CONNECTED,
  WORKFLOW_DISCONNECTED,
  type WorkflowConnectedV1,
  type WorkflowDisconnectedV1,
} from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { ComponentWorkflowEntity } from './component-workflow.entity';
import { ComponentEntity } from './component.entity';

/**
 * Keeps which workflows use which component from the workflow engine's events. Each event carries the workflow
 * version it describes; an older one than the row holds changes nothing, so redeliveries and reordering are
 * harmless (the inbox drops exact repeats).
 */
@Injectable()
export class WorkflowConnectionsHandlers {
  private readonly logger = new Logger(WorkflowConnectionsHandlers.name);

  @OnEvent(WORKFLOW_CONNECTED)
  async connected(event: WorkflowConnectedV1, ctx: EventContext): Promise<void> {
    await this.apply(ctx, event.component_id, event.workflow_id, event.workflow_version, {
      workflowName: event.workflow_name,
      active: event.active,
      connected: true,
    });
  }

  @OnEvent(WORKFLOW_DISCONNECTED)
  async disconnected(event: WorkflowDisconnectedV1, ctx: EventContext): Promise<void> {
    await this.apply(ctx, event.component_id, event.workflow_id, event.workflow_version, {
      active: false,
      connected: false,
    });
  }

  private async apply(
    ctx: EventContext,
    componentId: string,
    workflowId: string,
    version: number,
    state: { workflowName?: string; active: boolean; connected: boolean },
  ): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId) {
      this.logger.warn(`ignored ${ctx.envelope.name} ${ctx.envelope.id}: no workspace on the envelope`);
      return;
    }
    // Only this workspace's components: an event naming another workspace's component changes nothing.
    if (!(await WorkspaceRepository.of(ctx.manager, ComponentEntity, workspaceId).exists({ id: componentId }))) {
      this.logger.debug(`ignored ${ctx.envelope.name}: component ${componentId} is not in workspace ${workspaceId}`);
      return;
    }
    const links = WorkspaceRepository.of(ctx.manager, ComponentWorkflowEntity, workspaceId);
    const existing = await links.findOne({ componentId, workflowId }, { lockForUpdate: true });
    if (!existing) {
      await links.insertUnlessConflict({
        componentId,
        workflowId,
        workflowName: state.workflowName ?? 'Workflow',
        workflowVersion: version,
        active: state.active,
        connected: state.connected,
        updatedAt: new Date(ctx.envelope.occurred_at),
      });
      return;
    }
    if (existing.workflowVersion > version) return;
    await links.update(
      { componentId, workflowId },
      {
        workflowVersion: version,
        active: state.active,
        connected: state.connected,
        ...(state.workflowName ? { workflowName: state.workflowName } : {}),
        updatedAt: new Date(ctx.envelope.occurred_at),
      },
    );
  }
}
