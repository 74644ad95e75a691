import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A smart component on a page of a site; its config is valid against its type's spec in the catalogue. */
@Entity({ name: 'components' })
export class ComponentEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId: string;

  @Column({ type: 'uuid', name: 'site_id' })
  siteId: string;

  @Column({ type: 'varchar', length: 64 })
  page: string;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'jsonb' })
  config: Record<string, unknown>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text', array: true, name: 'customization_keys', default: () => "'{}'" })
  customizationKeys: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' })
  updatedAt: Date;
}
