import type { SiteVersionKind } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SiteState } from './site-state';

/** One rendered page of a published version. */
export interface StoredPage {
  html: string;
  csp: string;
  etag: string;
}

/** An immutable version of a site: a publish (state + rendered pages) or a saved state. */
@Entity({ name: 'site_versions' })
export class SiteVersionEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId: string;

  @Column({ type: 'uuid', name: 'site_id' })
  siteId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 20 })
  kind: SiteVersionKind;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'jsonb' })
  state: SiteState;

  /** Page path → rendered page; null for a saved state. Never loaded with the row (the gateway asks per page). */
  @Column({ type: 'jsonb', name: 'pages_html', nullable: true, select: false })
  pagesHtml: Record<string, StoredPage> | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' })
  createdAt: Date;
}
