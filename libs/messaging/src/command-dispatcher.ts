import { Inject, Injectable, Logger } from '@nestjs/common';
import { findCommandContract, validateContract, type CommandReply, type MessageEnvelope } from '@mab/contracts';
import { MetricsService, runWithContext } from '@mab/observability';
import { DataSource } from 'typeorm';
import { errorReply, replyForError, validationFailedReply } from './command-reply';
import { HandlerRegistry, type CommandHandlerRef } from './handler-registry';
import { InboxStore } from './inbox-store';
import { DeadLetter, contextOfEnvelope, parseEnvelope, type Delivery, type MessageOutcome } from './incoming-message';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { SEND_TIMEOUT_MS, sendToDeadLetters } from './redelivery';
import { topologyNames, type ServiceTopologyNames } from './topology';

/**
 * Handles one command delivery: validates the payload against the command's contract (unknown fields refused),
 * checks the workspace a workspace-scoped command needs, runs the handler and answers on the caller's reply-to with
 * a result or an error body. A command that changes state runs in a transaction with its command-inbox row: its
 * writes and its stored reply commit together, and a redelivery is answered from the stored reply.
 */
@Injectable()
export class CommandDispatcher {
  private readonly logger = new Logger(CommandDispatcher.name);
  private readonly names: ServiceTopologyNames;

  constructor(
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
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
    let name = String(msg.properties.type ?? msg.fields.routingKey);
    let outcome: MessageOutcome = 'ok';
    let reply: CommandReply;
    try {
      const envelope = await parseEnvelope(msg);
      name = envelope.name;
      reply = await this.run(envelope);
      if (!reply.ok) outcome = reply.error.status_code >= 500 ? 'error' : 'rejected';
    } catch (err) {
      outcome = 'rejected';
      const message = err instanceof DeadLetter ? err.message : 'command could not be read';
      reply = errorReply(400, 'malformed_message', message);
      if (!msg.properties.replyTo) {
        // Nobody is waiting for an answer: keep the message for an operator instead of dropping it.
        await sendToDeadLetters(delivery, this.names, {
          reason: err instanceof DeadLetter ? err.reason : 'malformed_message',
          error: message,
          attempts: 1,
          sourceQueue: this.names.commandsQueue,
        });
        return;
      }
    } finally {
      this.metrics.messagesHandled.inc({ kind: 'command', name, outcome });
      stop({ kind: 'command', name, outcome });
    }
    if (msg.properties.replyTo) {
      await delivery.sendToQueue(msg.properties.replyTo, Buffer.from(JSON.stringify(reply)), {
        correlationId: msg.properties.correlationId,
        contentType: 'application/json',
        timeout: SEND_TIMEOUT_MS,
      });
    }
    delivery.ack();
  }

  private async run(envelope: MessageEnvelope): Promise<CommandReply> {
    const handler = this.registry.commandHandler(envelope.name);
    if (!handler || !findCommandContract(envelope.name)) {
      return errorReply(404, 'unknown_command', `unknown command ${envelope.name}`);
    }
    const { contract } = handler;
    if (contract.scope === 'workspace' && !envelope.workspace_id) {
      return errorReply(400, 'workspace_required', `${envelope.name} acts on a workspace, and the command names none`);
    }
    const payload = await validateContract(contract.request, envelope.payload, true);
    if (!payload.ok) return validationFailedReply(payload.problems);
    const context = contextOfEnvelope(envelope);
    const handlerContext = { envelope, workspaceId: context.workspaceId, userId: context.userId, role: context.role };
    return runWithContext(context, async (): Promise<CommandReply> => {
      try {
        const reply = contract.mutation
          ? await this.runInTransaction(handler, envelope, payload.value, handlerContext)
          : ({ ok: true, data: (await handler.invoke(payload.value, handlerContext)) ?? null } as CommandReply);
        this.logger.debug({ message_id: envelope.id }, `answered ${envelope.name}`);
        return reply;
      } catch (err) {
        const { reply, unexpected } = replyForError(err);
        if (unexpected) this.logger.error({ err }, `command ${envelope.name} failed`);
        else if (!reply.ok && reply.error.status_code >= 500)
          this.logger.warn(`command ${envelope.name}: ${reply.error.message}`);
        return reply;
      }
    });
  }

  /**
   * The handler's writes and its stored reply commit together; a redelivered command finds the reply and returns it
   * without running again. A thrown error rolls the transaction back and is not stored (the caller may retry).
   */
  private async runInTransaction(
    handler: CommandHandlerRef,
    envelope: MessageEnvelope,
    payload: object,
    context: object,
  ): Promise<CommandReply> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.inbox.claimCommand(manager, envelope);
      if (stored) {
        this.logger.debug({ message_id: envelope.id }, `duplicate ${envelope.name}: answered from the command inbox`);
        return stored;
      }
      const data = await handler.invoke(payload, { ...context, manager });
      const reply: CommandReply = { ok: true, data: data ?? null };
      await this.inbox.storeCommandReply(manager, envelope.id, reply);
      return reply;
    });
  }
}
