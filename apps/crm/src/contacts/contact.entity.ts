import type { ContactStatus } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person of a workspace's CRM; the email is lower-case and unique in the workspace. */
@Entity({ name: 'contacts' })
export class ContactEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 320 }) email: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) name: string | null;
  @Column({ type: 'varchar', length: 100, name: 'first_name', nullable: true }) firstName: string | null;
  @Column({ type: 'varchar', length: 100, name: 'last_name', nullable: true }) lastName: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) phone: string | null;
  @Column({ type: 'uuid', name: 'source_component', nullable: true }) sourceComponent: string | null;
  @Column({ type: 'uuid', name: 'source_workflow', nullable: true }) sourceWorkflow: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  @Column({ type: 'jsonb', name: 'custom_fields', default: {} }) customFields: Record<string, unknown>;
  @Column({ type: 'integer', name: 'lead_score', default: 0 }) leadScore: number;
  @Column({ type: 'varchar', length: 20, default: 'active' }) status: ContactStatus;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'last_activity_at', nullable: true })
  lastActivityAt: Date | null;
}
