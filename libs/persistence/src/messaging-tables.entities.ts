import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event waiting to leave the service (transactional outbox). Written in the same transaction as the state
 * change that caused it; the relay publishes pending rows in `sequence` order and stamps `sent_at`.
 * No schema here on purpose: each service's DataSource puts it in that service's own schema.
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending_idx', ['sequence'], { where: 'sent_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  sequence: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'jsonb' })
  envelope: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError: string | null;
}

/**
 * A message a consumer has handled (idempotent consumer). Inserted in the handler's own transaction, so a
 * redelivered message finds its row and has no second effect. One row per (consumer, message).
 */
@Entity({ name: 'inbox' })
export class InboxMessage {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  consumer: string;

  @PrimaryColumn({ type: 'varchar', length: 200, name: 'message_id' })
  messageId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'handled_at' })
  handledAt: Date;
}

/** A state-changing command this service has handled, with the reply it gave (answered again on redelivery). */
@Entity({ name: 'command_inbox' })
export class CommandInboxMessage {
  @PrimaryColumn({ type: 'varchar', length: 200, name: 'message_id' })
  messageId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'jsonb', nullable: true })
  reply: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'handled_at' })
  handledAt: Date;
}

export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage, CommandInboxMessage];
