import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A workflow that uses a component, as the workflow engine's events tell it (a disconnection keeps its row). */
@Entity({ name: 'component_workflows' })
export class ComponentWorkflowEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'component_id' })
  componentId: string;

  @PrimaryColumn({ type: 'uuid', name: 'workflow_id' })
  workflowId: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId: string;

  @Column({ type: 'varchar', length: 200, name: 'workflow_name' })
  workflowName: string;

  @Column({ type: 'integer', name: 'workflow_version' })
  workflowVersion: number;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'boolean' })
  connected: boolean;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at' })
  updatedAt: Date;
}
