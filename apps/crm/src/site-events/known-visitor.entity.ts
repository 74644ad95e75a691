import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A site visitor (the page's `visitor_id`) who turned out to be this contact. */
@Entity({ name: 'known_visitors' })
export class KnownVisitorEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn({ type: 'varchar', length: 200, name: 'visitor_id' }) visitorId: string;
  @Column({ type: 'uuid', name: 'contact_id' }) contactId: string;
  @Column({ type: 'timestamptz', precision: 3, name: 'identified_at' }) identifiedAt: Date;
}
