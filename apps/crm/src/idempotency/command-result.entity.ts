import type { WorkspaceOwned } from '@mab/persistence';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first result of an idempotent command, answered again when the same key comes back. */
@Entity({ name: 'command_results' })
export class CommandResultEntity implements WorkspaceOwned {
  @PrimaryColumn({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn({ type: 'varchar', length: 100 }) command: string;
  @PrimaryColumn({ type: 'varchar', length: 200, name: 'idempotency_key' }) idempotencyKey: string;
  @Column({ type: 'jsonb' }) result: unknown;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
