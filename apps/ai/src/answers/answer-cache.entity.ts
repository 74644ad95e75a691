import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An answer kept for identical requests (same workspace, feature and inputs) until it expires. */
@Entity({ name: 'answer_cache' })
export class AnswerCacheEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  /** sha256 of the feature, the engine asked for and the request's inputs (after they were read). */
  @PrimaryColumn({ type: 'char', length: 64 }) key: string;
  @Column({ type: 'varchar', length: 40 }) feature: string;
  @Column({ type: 'jsonb' }) answer: unknown;
  @Column({ type: 'timestamptz', precision: 3, name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', insert: false, update: false }) createdAt: Date;
}
