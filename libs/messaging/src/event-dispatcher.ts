import { Inject, Injectable, Logger } from '@nestjs/common';
import { findEventContract, validateContract, type MessageEnvelope } from '@mab/contracts';
import { MetricsService, runWithContext } from '@mab/observability';
import { DataSource } from 'typeorm';
import { HandlerRegistry, type EventHandlerRef } from './handler-registry';
import type { EventContext } from './handler.decorators';
import { InboxStore } from './inbox-store';
import { DeadLetter, contextOfEnvelope, parseEnvelope, type Delivery, type MessageOutcome } from './incoming-message';
import { HEADERS, MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { sendToDeadLetters, sendToRetry } from './redelivery';
import { topologyNames, type ServiceTopologyNames } from './topology';

/**
 * Handles one event delivery. Each matching handler runs in its own transaction together with its inbox row (one
 * effect per message and handler). A failure goes to a retry queue whose delay grows with the attempt; after
 * `maxAttempts` the message goes to the dead-letter queue with the error. A message that cannot be understood (bad
 * JSON, unknown name, failing validation) goes to the dead-letter queue at once: retrying would not fix it. Only
 * the failed handlers run again on a retry; those that succeeded find their inbox row.
 */
@Injectable()
export class EventDispatcher {
  private readonly logger = new Logger(EventDispatcher.name);
  private readonly names: ServiceTopologyNames;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly registry: HandlerRegistry,
    private readonly inbox: InboxStore,
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {
    this.names = topologyNames(options.prefix, options.service);
  }

  async dispatch(delivery: Delivery): Promise<void> {
    const { msg } = delivery;
    const stop = this.metrics.messageDuration.startTimer();
    const attempt = Number(msg.properties.headers?.[HEADERS.attempt] ?? 1) || 1;
    let name = String(msg.properties.type ?? msg.fields.routingKey);
    let outcome: MessageOutcome = 'ok';
    try {
      const envelope = await parseEnvelope(msg);
      name = envelope.name;
      const handlers = this.registry.eventHandlersFor(envelope);
      if (handlers.length === 0) {
        outcome = 'unhandled';
        delivery.ack();
        return;
      }
      const contract = findEventContract(envelope.name);
      if (!contract) throw new DeadLetter('unknown_contract', `no contract named ${envelope.name}`);
      const payload = await validateContract(contract.payload, envelope.payload);
      if (!payload.ok) {
        throw new DeadLetter(
          'validation_failed',
          `payload of ${envelope.name} is invalid: ${JSON.stringify(payload.problems)}`,
        );
      }
      const errors: string[] = [];
      let duplicates = 0;
      for (const handler of handlers) {
        try {
          if (await this.runHandler(handler, envelope, payload.value, attempt)) duplicates++;
        } catch (err) {
          errors.push(`${handler.consumer}: ${(err as Error).message}`);
          this.logger.warn(
            { err, message_id: envelope.id, attempt, correlation_id: envelope.correlation_id },
            `handler ${handler.consumer} failed on ${envelope.name} (attempt ${attempt}/${this.options.maxAttempts})`,
          );
        }
      }
      if (errors.length === 0) {
        outcome = duplicates === handlers.length ? 'duplicate' : 'ok';
        delivery.ack();
        return;
      }
      if (attempt >= this.options.maxAttempts) {
        outcome = 'dead_lettered';
        await sendToDeadLetters(delivery, this.names, {
          reason: 'handler_failed',
          error: errors.join('; '),
          attempts: attempt,
          sourceQueue: this.names.eventsQueue,
        });
      } else {
        outcome = 'retried';
        await sendToRetry(delivery, this.names, this.options.retryDelaysMs, attempt, errors.join('; '));
      }
    } catch (err) {
      if (!(err instanceof DeadLetter)) {
        outcome = 'error';
        throw err; // not acked: redelivered by the broker when the channel recovers
      }
      outcome = 'rejected';
      this.logger.warn(`message ${msg.properties.messageId ?? '?'} dead-lettered: ${err.reason}: ${err.message}`);
      await sendToDeadLetters(delivery, this.names, {
        reason: err.reason,
        error: err.message,
        attempts: attempt,
        sourceQueue: this.names.eventsQueue,
      });
    } finally {
      this.metrics.messagesHandled.inc({ kind: 'event', name, outcome });
      stop({ kind: 'event', name, outcome });
    }
  }

  /** Returns true when the message was already handled by this handler (inbox hit). */
  private async runHandler(
    handler: EventHandlerRef,
    envelope: MessageEnvelope,
    payload: object,
    attempt: number,
  ): Promise<boolean> {
    return runWithContext(contextOfEnvelope(envelope), () =>
      this.dataSource.transaction(async (manager) => {
        if (!(await this.inbox.claimEvent(manager, handler.consumer, envelope))) {
          this.logger.debug(
            { message_id: envelope.id, consumer: handler.consumer },
            `duplicate ${envelope.name} ignored`,
          );
          return true;
        }
        const context: EventContext = { envelope, manager, attempt };
        await handler.invoke(payload, context);
        this.logger.debug({ message_id: envelope.id, consumer: handler.consumer, attempt }, `handled ${envelope.name}`);
        return false;
      }),
    );
  }
}
