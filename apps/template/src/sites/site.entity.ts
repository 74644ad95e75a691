import type { SiteStatus } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A workspace's site. Timestamps keep milliseconds only, so keyset cursors round-trip them exactly. */
@Entity({ name: 'sites' })
export class SiteEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Unique in the workspace. */
  @Column({ type: 'varchar', length: 63 })
  slug: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: SiteStatus;

  @Column({ type: 'uuid', name: 'template_id', nullable: true })
  templateId: string | null;

  @Column({ type: 'varchar', length: 120, name: 'seo_title', nullable: true })
  seoTitle: string | null;

  @Column({ type: 'varchar', length: 320, name: 'seo_description', nullable: true })
  seoDescription: string | null;

  @Column({ type: 'varchar', length: 2048, name: 'og_image_url', nullable: true })
  ogImageUrl: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' })
  updatedAt: Date;
}
