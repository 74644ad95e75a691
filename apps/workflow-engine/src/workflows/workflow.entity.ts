import type { WorkflowSettings, WorkflowTriggerType } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A workflow; its definition is the row of `workflow_versions` with its current `version`. */
@Entity({ name: 'workflows' })
export class WorkflowEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'uuid', name: 'site_id', nullable: true }) siteId: string | null;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'boolean', default: false }) active: boolean;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'varchar', length: 30, name: 'trigger_type' }) triggerType: WorkflowTriggerType;
  /** What the trigger listens to: the component (form, page interaction) or the event name (custom event). */
  @Column({ type: 'varchar', length: 200, name: 'trigger_key', nullable: true }) triggerKey: string | null;
  @Column({ type: 'uuid', array: true, name: 'component_ids', default: () => "'{}'" }) componentIds: string[];
  @Column({ type: 'jsonb', default: {} }) settings: WorkflowSettings;
  @Column({ type: 'varchar', length: 64, name: 'webhook_token' }) webhookToken: string;
  @Column({ type: 'uuid', name: 'created_by', nullable: true }) createdBy: string | null;
  /** An active schedule's next slot (null otherwise). */
  @Column({ type: 'timestamptz', precision: 3, name: 'schedule_next_at', nullable: true })
  scheduleNextAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
