import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a site answers publicly and which version is live, as the template service's events said last. */
@Entity({ name: 'site_directory' })
export class SiteDirectoryEntity {
  @PrimaryColumn({ type: 'uuid', name: 'site_id' })
  siteId: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'varchar', length: 63, name: 'public_slug', nullable: true })
  publicSlug: string | null;

  @Column({ type: 'varchar', length: 253, name: 'custom_domain', nullable: true })
  customDomain: string | null;

  @Column({ type: 'integer', name: 'published_version', nullable: true })
  publishedVersion: number | null;

  @Column({ type: 'text', array: true, nullable: true })
  pages: string[] | null;

  @Column({ type: 'uuid', array: true, name: 'component_ids', nullable: true })
  componentIds: string[] | null;

  @Column({ type: 'boolean' })
  deleted: boolean;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at' })
  updatedAt: Date;
}
