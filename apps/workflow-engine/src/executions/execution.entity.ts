import type { ExecutionMode, ExecutionStatus } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One run of a workflow, pinned to the version it started on. */
@Entity({ name: 'executions' })
export class ExecutionEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'uuid', name: 'workflow_id' }) workflowId: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'varchar', length: 12 }) status: ExecutionStatus;
  @Column({ type: 'varchar', length: 10, default: 'trigger' }) mode: ExecutionMode;
  @Column({ type: 'varchar', length: 30, name: 'trigger_type' }) triggerType: string;
  @Column({ type: 'jsonb', name: 'trigger_data', default: {} }) triggerData: Record<string, unknown>;
  @Column({ type: 'varchar', length: 250, name: 'dedupe_key', nullable: true }) dedupeKey: string | null;
  @Column({ type: 'uuid', name: 'parent_execution_id', nullable: true }) parentExecutionId: string | null;
  @Column({ type: 'varchar', length: 300, name: 'parent_step_key', nullable: true }) parentStepKey: string | null;
  @Column({ type: 'integer', default: 0 }) depth: number;
  /** Steps not finished yet (blocked, pending, running, waiting): the execution ends when it reaches 0. */
  @Column({ type: 'integer', name: 'open_steps', default: 0 }) openSteps: number;
  @Column({ type: 'jsonb', nullable: true }) error: Record<string, unknown> | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'timeout_at', nullable: true }) timeoutAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'started_at' }) startedAt: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'finished_at', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'integer', name: 'duration_ms', nullable: true }) durationMs: number | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
