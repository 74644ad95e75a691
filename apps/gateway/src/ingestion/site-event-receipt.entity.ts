import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A visitor event accepted under its client id; kept two days, the window in which a retry counts once. */
@Entity({ name: 'site_event_receipts' })
export class SiteEventReceiptEntity {
  @PrimaryColumn({ type: 'uuid', name: 'site_id' })
  siteId: string;

  @PrimaryColumn({ type: 'uuid', name: 'event_id' })
  eventId: string;

  @Column({ type: 'timestamptz', precision: 3, name: 'received_at' })
  receivedAt: Date;
}
