import type { ScorableActivityType, ScoreCondition, ScoreRuleFrequency } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A workspace's scoring rule: activities of a type that meet its conditions give its points. */
@Entity({ name: 'score_rules' })
export class ScoreRuleEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 40, name: 'activity_type' }) activityType: ScorableActivityType;
  @Column({ type: 'jsonb', default: () => "'[]'" }) conditions: ScoreCondition[];
  @Column({ type: 'integer' }) points: number;
  @Column({ type: 'varchar', length: 12 }) frequency: ScoreRuleFrequency;
  @Column({ type: 'integer', nullable: true }) cap: number | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
