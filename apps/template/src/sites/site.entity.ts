import type { SiteCustomizations, SitePageView, SiteStatus } from '@mab/contracts';
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

  @Column({ type: 'integer', name: 'template_version', nullable: true })
  templateVersion: number | null;

  /** Theme and contact details, read again at every render. */
  @Column({ type: 'jsonb', default: {} })
  customizations: SiteCustomizations;

  /** In navigation order; the first is `/`. */
  @Column({ type: 'jsonb' })
  pages: SitePageView[];

  /** Lower-case; unique across all workspaces. */
  @Column({ type: 'varchar', length: 253, name: 'custom_domain', nullable: true })
  customDomain: string | null;

  /** The slug this site holds at /s/{slug}/, unique across workspaces; claimed at its first publish if free. */
  @Column({ type: 'varchar', length: 63, name: 'public_slug', nullable: true })
  publicSlug: string | null;

  @Column({ type: 'integer', name: 'published_version', nullable: true })
  publishedVersion: number | null;

  /** The page paths of the live version (null while not published). */
  @Column({ type: 'text', array: true, name: 'published_pages', nullable: true })
  publishedPages: string[] | null;

  /** The components of the live version, whose visitor events the gateway accepts. */
  @Column({ type: 'uuid', array: true, name: 'published_component_ids', nullable: true })
  publishedComponentIds: string[] | null;

  /** Bumped by every change; site events carry it so readers apply them in order. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

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
