import type { EmailCategory, EmailSendStatus, SuppressionReason } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Who a workspace's email comes from, and the postal address every marketing email shows. */
@Entity({ name: 'email_settings' })
export class EmailSettingsEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 320, name: 'from_email', nullable: true }) fromEmail: string | null;
  @Column({ type: 'varchar', length: 100, name: 'from_name', nullable: true }) fromName: string | null;
  @Column({ type: 'varchar', length: 320, name: 'reply_to', nullable: true }) replyTo: string | null;
  @Column({ type: 'varchar', length: 300, name: 'postal_address', nullable: true }) postalAddress: string | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

@Entity({ name: 'email_templates' })
export class EmailTemplateEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 80, nullable: true }) key: string | null;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) html: string;
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ type: 'varchar', length: 20, default: 'marketing' }) category: EmailCategory;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** One email to one recipient: its content as sent, its idempotency key and its delivery state. */
@Entity({ name: 'email_sends' })
export class EmailSendEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'uuid', name: 'contact_id', nullable: true }) contactId: string | null;
  @Column({ type: 'varchar', length: 320, name: 'to_email', nullable: true }) toEmail: string | null;
  @Column({ type: 'varchar', length: 200, name: 'to_name', nullable: true }) toName: string | null;
  @Column({ type: 'varchar', length: 80, nullable: true }) template: string | null;
  @Column({ type: 'varchar', length: 20 }) category: EmailCategory;
  @Column({ type: 'varchar', length: 20 }) status: EmailSendStatus;
  @Column({ type: 'varchar', length: 300, name: 'status_reason', nullable: true }) statusReason: string | null;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text', nullable: true }) html: string | null;
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ type: 'jsonb', default: {} }) headers: Record<string, string>;
  @Column({ type: 'varchar', length: 200, name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column({ type: 'uuid', name: 'workflow_id', nullable: true }) workflowId: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) provider: string | null;
  @Column({ type: 'varchar', length: 200, name: 'provider_message_id', nullable: true })
  providerMessageId: string | null;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'timestamptz', precision: 3, name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  @Column({ type: 'integer', name: 'open_count', default: 0 }) openCount: number;
  @Column({ type: 'integer', name: 'click_count', default: 0 }) clickCount: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'sent_at', nullable: true }) sentAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** An address that gets no marketing email; kept by hash so an erasure can forget the address itself. */
@Entity({ name: 'suppressions' })
export class SuppressionEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'char', length: 64, name: 'email_hash' }) emailHash: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 20 }) reason: SuppressionReason;
  @Column({ type: 'varchar', length: 300, nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
