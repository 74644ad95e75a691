import type { CustomFieldType } from '@mab/contracts';
import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A custom field a workspace's contacts may carry; values are checked against it on every write. */
@Entity({ name: 'custom_field_definitions' })
export class CustomFieldEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 40 }) key: string;
  @Column({ type: 'varchar', length: 100 }) label: string;
  @Column({ type: 'varchar', length: 20 }) type: CustomFieldType;
  @Column({ type: 'text', array: true, nullable: true }) options: string[] | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) description: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
