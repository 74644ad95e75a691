import type { WorkspaceOwned } from '@mab/persistence';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One call to Claude: what it cost (tokens, dollars, time) and how it ended. The budget and the limit read these. */
@Entity({ name: 'claude_calls' })
export class ClaudeCallEntity implements WorkspaceOwned {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid', name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'varchar', length: 40 }) feature: string;
  @Column({ type: 'varchar', length: 100 }) model: string;
  /** `pending` while the call runs (its estimate reserved), then `answered` (whatever the answer was worth) or `error`. */
  @Column({ type: 'varchar', length: 20 }) outcome: 'pending' | 'answered' | 'error';
  @Column({ type: 'integer', name: 'input_tokens', default: 0 }) inputTokens: number;
  @Column({ type: 'integer', name: 'output_tokens', default: 0 }) outputTokens: number;
  @Column({ type: 'numeric', precision: 14, scale: 6, name: 'cost_usd', default: 0 }) costUsd: string;
  @Column({ type: 'integer', name: 'duration_ms', default: 0 }) durationMs: number;
  @Column({ type: 'varchar', length: 300, nullable: true }) error: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', insert: false, update: false }) createdAt: Date;
}
