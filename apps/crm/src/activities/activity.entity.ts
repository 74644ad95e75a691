import type { ActivityType } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of a contact's timeline (or an anonymous visitor's page view waiting to be attached). */
@Entity({ name: 'activities' })
export class ActivityEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'uuid', name: 'contact_id', nullable: true }) contactId: string | null;
  @Column({ type: 'varchar', length: 200, name: 'visitor_id', nullable: true }) visitorId: string | null;
  @Column({ type: 'varchar', length: 40 }) type: ActivityType;
  @Column({ type: 'timestamptz', precision: 3, name: 'occurred_at' }) occurredAt: Date;
  @Column({ type: 'jsonb', default: {} }) data: Record<string, unknown>;
  @Column({ type: 'uuid', name: 'site_id', nullable: true }) siteId: string | null;
  @Column({ type: 'uuid', name: 'component_id', nullable: true }) componentId: string | null;
  @Column({ type: 'uuid', name: 'workflow_id', nullable: true }) workflowId: string | null;
  /** Makes recording idempotent (the source event's id, or a command's key). */
  @Column({ type: 'varchar', length: 250, name: 'dedupe_key', nullable: true }) dedupeKey: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
