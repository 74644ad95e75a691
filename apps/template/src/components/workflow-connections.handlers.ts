import { Injectable, Logger } from '@nestjs/common';
import {
  WORKFLOW_CONNECTED,
  WORKFLOW_DISCONNECTED,
  type WorkflowConnectedV1,
  type WorkflowDisconnectedV1,
} from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
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
    // One statement, so two first events of a pair cannot both see "no row": the newest (workflow version, then
    // the time the engine wrote it; a disconnection wins a tie) is kept, whatever order they arrive in.
    const table = quotedTablePath(ctx.manager, ComponentWorkflowEntity);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: the row and the update carry workspaceId
    await ctx.manager.query(
      `INSERT INTO ${table} AS link ("workspace_id", "component_id", "workflow_id", "workflow_name",
                                     "workflow_version", "active", "connected", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ("component_id", "workflow_id") DO UPDATE SET
         "workflow_name" = COALESCE(NULLIF(EXCLUDED."workflow_name", ''), link."workflow_name"),
         "workflow_version" = EXCLUDED."workflow_version", "active" = EXCLUDED."active",
         "connected" = EXCLUDED."connected", "updated_at" = EXCLUDED."updated_at"
       WHERE link."workspace_id" = EXCLUDED."workspace_id"
         AND (EXCLUDED."workflow_version", EXCLUDED."updated_at", NOT EXCLUDED."connected")
           > (link."workflow_version", link."updated_at", NOT link."connected")`,
      [
        workspaceId,
        componentId,
        workflowId,
        state.workflowName ?? '',
        version,
        state.active,
        state.connected,
        new Date(ctx.envelope.occurred_at),
      ],
    );
  }
}
