import type { StepStatus } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One node's activation in an execution (per loop iteration inside a loop): its log and its place in the queue. */
@Entity({ name: 'execution_steps' })
export class ExecutionStepEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'execution_id' }) executionId: string;
  @PrimaryColumn({ type: 'varchar', length: 300, name: 'step_key' }) stepKey: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 64, name: 'node_id' }) nodeId: string;
  @Column({ type: 'varchar', length: 60, name: 'node_type' }) nodeType: string;
  @Column({ type: 'varchar', length: 250, default: '' }) scope: string;
  @Column({ type: 'varchar', length: 12 }) status: StepStatus;
  @Column({ type: 'integer', name: 'inputs_expected', default: 0 }) inputsExpected: number;
  @Column({ type: 'integer', name: 'inputs_resolved', default: 0 }) inputsResolved: number;
  @Column({ type: 'jsonb', default: [] }) inputs: { from: string; output: unknown }[];
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'jsonb', nullable: true }) input: unknown;
  @Column({ type: 'jsonb', nullable: true }) output: unknown;
  @Column({ type: 'text', array: true, name: 'outputs_taken', nullable: true }) outputsTaken: string[] | null;
  @Column({ type: 'jsonb', nullable: true }) error: Record<string, unknown> | null;
  /** A node's own memory between activations: a loop's items and position, a wait's deadline, a child's result. */
  @Column({ type: 'jsonb', nullable: true }) state: Record<string, unknown> | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'due_at', nullable: true }) dueAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'lease_until', nullable: true }) leaseUntil: Date | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) worker: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'finished_at', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'integer', name: 'duration_ms', nullable: true }) durationMs: number | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', insert: false, update: false }) createdAt: Date;
}
