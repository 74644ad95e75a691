import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A provider event already applied (SendGrid's `sg_event_id`): a redelivered one is ignored. Pruned after days. */
@Entity({ name: 'email_webhook_events' })
export class EmailWebhookEventEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn({ type: 'varchar', length: 100, name: 'sg_event_id' }) sgEventId: string;
  @Column({ type: 'varchar', length: 30 }) event: string;
  @Column({ type: 'timestamptz', precision: 3, name: 'received_at', default: () => 'now()' }) receivedAt: Date;
}
