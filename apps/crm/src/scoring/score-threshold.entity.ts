import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A score that means something (MQL at 50): crossing it upward publishes an event and may tag the contact. */
@Entity({ name: 'score_thresholds' })
export class ScoreThresholdEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'integer' }) score: number;
  @Column({ type: 'varchar', length: 50, name: 'tag_to_add', nullable: true }) tagToAdd: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
