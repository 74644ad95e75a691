import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A workspace's score decay (one row; absent means the defaults, decay off). */
@Entity({ name: 'score_settings' })
export class ScoreSettingsEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'boolean', default: false }) enabled: boolean;
  @Column({ type: 'integer' }) points: number;
  @Column({ type: 'integer', name: 'after_days' }) afterDays: number;
  @Column({ type: 'integer', name: 'every_days' }) everyDays: number;
  @Column({ type: 'integer', default: 0 }) floor: number;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
