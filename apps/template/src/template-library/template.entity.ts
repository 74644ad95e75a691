import type { SiteCustomizations, TemplateCategory } from '@mab/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PageSeed } from './template-seed';

/** What a stored template version holds besides its searchable fields. */
export interface TemplateDefinition {
  defaults: SiteCustomizations & { company_name: string; primary_color: string; secondary_color: string };
  pages: PageSeed[];
}

/** One version of a library template (shared by every workspace, so not workspace-owned). */
@Entity({ name: 'templates' })
export class TemplateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 63 })
  slug: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'boolean', name: 'is_current' })
  isCurrent: boolean;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  category: TemplateCategory;

  @Column({ type: 'varchar', length: 120 })
  industry: string;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ type: 'text', name: 'tags_text' })
  tagsText: string;

  @Column({ type: 'text' })
  description: string;

  /** Served at /api/templates/{id}/thumbnail.svg, never in lists (each is a few kilobytes). */
  @Column({ type: 'text', name: 'thumbnail_svg', select: false })
  thumbnailSvg: string;

  @Column({ type: 'varchar', length: 7, name: 'primary_color' })
  primaryColor: string;

  @Column({ type: 'text', array: true, name: 'customization_keys' })
  customizationKeys: string[];

  /** Pages and components; read for one template, never for lists. */
  @Column({ type: 'jsonb', select: false })
  definition: TemplateDefinition;

  @Column({ type: 'char', length: 64, name: 'content_hash' })
  contentHash: string;

  @Column({ type: 'integer', name: 'page_count' })
  pageCount: number;

  @Column({ type: 'integer', name: 'component_count' })
  componentCount: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' })
  createdAt: Date;
}
