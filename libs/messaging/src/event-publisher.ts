import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventContract, MessageEnvelope } from '@mab/contracts';
import { currentContext, currentCorrelationId } from '@mab/observability';
import { OutboxMessage, quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { markOutboxWrite } from './outbox-relay';

export interface PublishOptions {
  /** Defaults to the workspace of the current request context. */
  workspaceId?: string | null;
  userId?: string | null;
  /** A stable id makes the publish itself idempotent (same id → one outbox row). */
  eventId?: string;
}

/**
 * The only way an event leaves a service: `publish` writes it to the service's outbox inside the caller's
 * transaction. If that transaction rolls back, the event never existed; once it commits, the relay delivers it.
 */
@Injectable()
export class EventPublisher {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async publish<T extends object>(
    manager: EntityManager,
    contract: EventContract<T>,
    payload: T,
    options: PublishOptions = {},
  ): Promise<MessageEnvelope<T>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`EventPublisher.publish(${contract.name}) needs a transactional EntityManager (outbox rule)`);
    }
    if (contract.producer !== this.options.service) {
      throw new Error(`${this.options.service} cannot publish ${contract.name}: its producer is ${contract.producer}`);
    }
    const ctx = currentContext();
    const envelope: MessageEnvelope<T> = {
      id: options.eventId ?? randomUUID(),
      name: contract.name,
      occurred_at: new Date().toISOString(),
      correlation_id: currentCorrelationId(),
      causation_id: ctx?.causationId ?? null,
      workspace_id: options.workspaceId !== undefined ? options.workspaceId : (ctx?.workspaceId ?? null),
      user_id: options.userId !== undefined ? options.userId : (ctx?.userId ?? null),
      actor_role: ctx?.role ?? null,
      source: this.options.service,
      payload: { ...payload },
    };
    markOutboxWrite(manager.queryRunner);
    const table = quotedTablePath(manager, OutboxMessage);
    await manager.query(`INSERT INTO ${table} (id, name, envelope) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`, [
      envelope.id,
      envelope.name,
      JSON.stringify(envelope),
    ]);
    return envelope;
  }
}
