import type { WorkspaceOwned } from '@mab/persistence';
import type { WorkflowGraph } from '@mab/workflow-definition';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One immutable version of a workflow's definition; executions are pinned to one. */
@Entity({ name: 'workflow_versions' })
export class WorkflowVersionEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workflow_id' }) workflowId: string;
  @PrimaryColumn({ type: 'integer' }) version: number;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  /** The graph with every secret field taken out (see workflow-secrets.ts). */
  @Column({ type: 'jsonb' }) graph: WorkflowGraph;
  /** The secrets, sealed (AES-256-GCM), or null when the version has none. */
  @Column({ type: 'text', nullable: true }) secrets: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) note: string | null;
  @Column({ type: 'uuid', name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
