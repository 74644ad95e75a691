import { Inject, Injectable } from '@nestjs/common';
import type { EventContract, MessageEnvelope } from '@mab/contracts';
import { OutboxMessage, quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { buildEnvelope } from './envelope-builder';
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
    const envelope = buildEnvelope(
      this.options.service,
      contract.name,
      { ...payload },
      {
        id: options.eventId,
        workspaceId: options.workspaceId,
        userId: options.userId,
      },
    );
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
