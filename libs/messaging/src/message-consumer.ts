import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import {
  MessageEnvelope,
  ServiceError,
  findCommandContract,
  findEventContract,
  subscriptionsOf,
  validateContract,
  type CommandReply,
} from '@mab/contracts';
import { MetricsService, runWithContext } from '@mab/observability';
import { CommandInboxMessage, InboxMessage, quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { AmqpConnection } from './amqp-connection';
import {
  COMMAND_HANDLER_METADATA,
  EVENT_HANDLER_METADATA,
  type CommandContext,
  type EventContext,
  type EventHandlerMetadata,
} from './handler.decorators';
import { HEADERS, MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import {
  assertCommandTopology,
  assertEventTopology,
  assertExchanges,
  topicMatches,
  topologyNames,
  type ServiceTopologyNames,
} from './topology';

interface EventHandlerRef {
  pattern: string;
  consumer: string;
  invoke(payload: object, context: EventContext): Promise<unknown>;
}

interface CommandHandlerRef {
  name: string;
  transactional: boolean;
  invoke(payload: object, context: CommandContext): Promise<unknown>;
}

type Outcome = 'ok' | 'duplicate' | 'retried' | 'dead_lettered' | 'rejected' | 'unhandled' | 'error';

/** Why a message went to the dead-letter queue without (more) retries. */
class DeadLetter extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_ERROR_HEADER = 2000;
const SEND_TIMEOUT_MS = 10_000;

/**
 * Inbox rows are kept 30 days: far longer than any retry path (minutes), and long enough that a dead letter replayed
 * weeks later still finds the handlers that had already succeeded on it.
 */
export const INBOX_RETENTION_DAYS = 30;

/**
 * Finds the @OnEvent/@OnCommand handlers of the application, declares the service's queues and consumes them.
 *
 * Events: each handler runs in its own transaction together with its inbox row (one effect per message and
 * handler). A failure goes to a retry queue whose TTL grows with the attempt; after `maxAttempts` the message goes
 * to the dead-letter queue with the error. A message that cannot be understood (bad JSON, unknown name, failing
 * validation) goes to the dead-letter queue at once: retrying would not fix it. Nothing is acked before the retry
 * or dead-letter copy is confirmed by the broker, so a crash in between redelivers rather than loses.
 *
 * Commands: validated against their contract, answered on the caller's reply-to with a result or an error body.
 */
@Injectable()
export class MessageConsumer {
  private readonly logger = new Logger(MessageConsumer.name);
  private readonly names: ServiceTopologyNames;
  private eventHandlers: EventHandlerRef[] = [];
  private commandHandlers = new Map<string, CommandHandlerRef>();
  private channel?: ChannelWrapper;
  private readonly inFlight = new Set<Promise<void>>();
  /** Bumped on every (re)connect: an ack for a delivery of a dead channel must not reach the new one. */
  private generation = 0;
  private consuming = false;
  private purgeTimer?: NodeJS.Timeout;
  private readonly inboxTable: string;
  private readonly commandInboxTable: string;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: AmqpConnection,
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {
    this.names = topologyNames(options.prefix, options.service);
    this.inboxTable = quotedTablePath(dataSource, InboxMessage);
    this.commandInboxTable = quotedTablePath(dataSource, CommandInboxMessage);
  }

  get handledEventPatterns(): string[] {
    return [...new Set(this.eventHandlers.map((h) => h.pattern))];
  }

  get handledCommands(): string[] {
    return [...this.commandHandlers.keys()];
  }

  /** Collects handlers from every provider. Called once at bootstrap. */
  discoverHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = prototype[method] as (...args: unknown[]) => unknown;
        const event = this.reflector.get<EventHandlerMetadata>(EVENT_HANDLER_METADATA, fn);
        if (event) {
          this.eventHandlers.push({
            pattern: event.pattern,
            consumer: event.consumer ?? `${instance.constructor.name}.${method}`,
            invoke: async (payload, ctx) => fn.call(instance, payload, ctx),
          });
        }
        const command = this.reflector.get<{ name: string; transactional: boolean }>(COMMAND_HANDLER_METADATA, fn);
        if (command) {
          if (!findCommandContract(command.name)) {
            throw new Error(`@OnCommand('${command.name}') has no contract in @mab/contracts`);
          }
          if (this.commandHandlers.has(command.name)) throw new Error(`two handlers for command ${command.name}`);
          this.commandHandlers.set(command.name, {
            name: command.name,
            transactional: command.transactional,
            invoke: async (payload, ctx) => fn.call(instance, payload, ctx),
          });
        }
      }
    }
  }

  /** Declares the topology and starts consuming (only the queues this service has handlers for). */
  async start(): Promise<void> {
    const patterns = this.handledEventPatterns;
    const declared = subscriptionsOf(this.options.service);
    const undeclared = patterns.filter((p) => !declared.includes(p));
    if (undeclared.length) {
      throw new Error(
        `${this.options.service} handles ${undeclared.join(', ')} but @mab/contracts declares no such subscription; ` +
          'add defineSubscription() so producers create the queue binding before they publish',
      );
    }
    const commands = this.handledCommands;
    this.channel = this.connection.createChannel({
      name: 'consumer',
      confirm: true,
      setup: async (channel: ConfirmChannel) => {
        this.generation++;
        await assertExchanges(channel, this.names);
        if (patterns.length) await assertEventTopology(channel, this.names, patterns, this.options.retryDelaysMs);
        if (commands.length) await assertCommandTopology(channel, this.names, commands);
      },
    });
    await this.channel.waitForConnect();
    this.consuming = true;
    const consumeOptions = { prefetch: this.options.prefetch, noAck: false };
    if (patterns.length) {
      await this.channel.consume(this.names.eventsQueue, (msg) => this.track(msg, (m, g) => this.onEvent(m, g)), consumeOptions);
    }
    if (commands.length) {
      await this.channel.consume(
        this.names.commandsQueue,
        (msg) => this.track(msg, (m, g) => this.onCommand(m, g)),
        consumeOptions,
      );
    }
    if (patterns.length || commands.length) {
      this.purgeTimer = setInterval(() => void this.purgeInbox(INBOX_RETENTION_DAYS).catch(() => undefined), 3_600_000);
      this.purgeTimer.unref();
    }
    this.logger.log(
      `consuming ${patterns.length} event pattern(s) [${patterns.join(', ')}] and ${commands.length} command(s)`,
    );
  }

  /**
   * Graceful shutdown: stop taking messages, then let the ones in hand finish (and be acked), for at most
   * `deadlineMs` (below the orchestrator's grace period); what is not done by then is redelivered elsewhere.
   */
  async drain(deadlineMs = 20_000): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    if (!this.channel || !this.consuming) return;
    this.consuming = false;
    await this.channel.cancelAll().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs)));
    await Promise.race([Promise.allSettled([...this.inFlight]), deadline]);
    clearTimeout(timer);
    if (this.inFlight.size) this.logger.warn(`${this.inFlight.size} message(s) still in hand at the deadline; they will be redelivered`);
  }

  /** Deletes inbox rows older than `days` (command replies after 2 days: commands expire in seconds); returns how many. */
  async purgeInbox(days: number): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM ${this.inboxTable} WHERE handled_at < now() - make_interval(days => $1)`,
      [days],
    );
    await this.dataSource.query(`DELETE FROM ${this.commandInboxTable} WHERE handled_at < now() - interval '2 days'`);
    return Number(deleted ?? 0);
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  private track(msg: ConsumeMessage | null, handle: (msg: ConsumeMessage, generation: number) => Promise<void>): void {
    if (!msg) return; // consumer cancelled by the broker; amqp-connection-manager re-subscribes
    const generation = this.generation;
    const work = handle(msg, generation)
      .catch((err) => {
        this.logger.error(`could not finish a message, it goes back to the queue: ${(err as Error).message}`);
        // Still on the same channel: hand it back now rather than hold a prefetch slot until a reconnect.
        if (generation === this.generation) this.channel?.nack(msg, false, true);
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private ack(msg: ConsumeMessage, generation: number): void {
    if (generation === this.generation) this.channel!.ack(msg);
  }

  private async onEvent(msg: ConsumeMessage, generation: number): Promise<void> {
    const stop = this.metrics.messageDuration.startTimer();
    const attempt = Number(msg.properties.headers?.[HEADERS.attempt] ?? 1) || 1;
    let name = String(msg.properties.type ?? msg.fields.routingKey);
    let outcome: Outcome = 'ok';
    try {
      const envelope = await this.parseEnvelope(msg);
      name = envelope.name;
      const handlers = this.eventHandlers.filter((h) => topicMatches(h.pattern, envelope.name));
      if (handlers.length === 0) {
        outcome = 'unhandled';
        this.ack(msg, generation);
        return;
      }
      const contract = findEventContract(envelope.name);
      if (!contract) throw new DeadLetter('unknown_contract', `no contract named ${envelope.name}`);
      const payload = await validateContract(contract.payload, envelope.payload);
      if (!payload.ok) {
        throw new DeadLetter('validation_failed', `payload of ${envelope.name} is invalid: ${JSON.stringify(payload.problems)}`);
      }
      const errors: string[] = [];
      let duplicates = 0;
      for (const handler of handlers) {
        try {
          if (await this.runEventHandler(handler, envelope, payload.value, attempt)) duplicates++;
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
        this.ack(msg, generation);
        return;
      }
      if (attempt >= this.options.maxAttempts) {
        outcome = 'dead_lettered';
        await this.deadLetter(msg, generation, 'handler_failed', errors.join('; '), attempt);
      } else {
        outcome = 'retried';
        await this.retry(msg, generation, attempt, errors.join('; '));
      }
    } catch (err) {
      if (err instanceof DeadLetter) {
        outcome = 'rejected';
        this.logger.warn(`message ${msg.properties.messageId ?? '?'} dead-lettered: ${err.reason}: ${err.message}`);
        await this.deadLetter(msg, generation, err.reason, err.message, attempt);
      } else {
        outcome = 'error';
        throw err; // not acked: redelivered by the broker when the channel recovers
      }
    } finally {
      this.metrics.messagesHandled.inc({ kind: 'event', name, outcome });
      stop({ kind: 'event', name, outcome });
    }
  }

  /** Returns true when the message was already handled by this handler (inbox hit). */
  private async runEventHandler(
    handler: EventHandlerRef,
    envelope: MessageEnvelope,
    payload: object,
    attempt: number,
  ): Promise<boolean> {
    const context = {
      correlationId: envelope.correlation_id,
      causationId: envelope.id,
      workspaceId: envelope.workspace_id ?? null,
      userId: envelope.user_id ?? null,
      role: envelope.actor_role ?? null,
    };
    return runWithContext(context, () =>
      this.dataSource.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO ${this.inboxTable} (consumer, message_id, name) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING message_id`,
          [handler.consumer, envelope.id, envelope.name],
        );
        if (inserted.length === 0) {
          this.logger.debug({ message_id: envelope.id, consumer: handler.consumer }, `duplicate ${envelope.name} ignored`);
          return true;
        }
        await handler.invoke(payload, { envelope, manager, attempt });
        this.logger.debug({ message_id: envelope.id, consumer: handler.consumer, attempt }, `handled ${envelope.name}`);
        return false;
      }),
    );
  }

  private async parseEnvelope(msg: ConsumeMessage): Promise<MessageEnvelope> {
    let body: unknown;
    try {
      body = JSON.parse(msg.content.toString('utf8'));
    } catch {
      throw new DeadLetter('malformed_json', 'message body is not valid JSON');
    }
    const result = await validateContract(MessageEnvelope, body);
    if (!result.ok) throw new DeadLetter('invalid_envelope', `envelope is invalid: ${JSON.stringify(result.problems)}`);
    // Keep the payload as sent (validateContract strips unknown keys at the envelope level only).
    return { ...result.value, payload: (body as MessageEnvelope).payload };
  }

  private async retry(msg: ConsumeMessage, generation: number, attempt: number, error: string): Promise<void> {
    const delays = this.options.retryDelaysMs;
    const delay = delays[Math.min(attempt - 1, delays.length - 1)];
    await this.channel!.sendToQueue(this.names.retryQueue(delay), msg.content, {
      ...this.copyProperties(msg),
      headers: {
        ...msg.properties.headers,
        [HEADERS.attempt]: attempt + 1,
        [HEADERS.lastError]: error.slice(0, MAX_ERROR_HEADER),
        [HEADERS.originalRoutingKey]: msg.properties.headers?.[HEADERS.originalRoutingKey] ?? msg.fields.routingKey,
      },
    });
    this.ack(msg, generation);
  }

  private async deadLetter(
    msg: ConsumeMessage,
    generation: number,
    reason: string,
    error: string,
    attempt: number,
    sourceQueue = this.names.eventsQueue,
  ): Promise<void> {
    await this.channel!.sendToQueue(this.names.deadLetterQueue, msg.content, {
      ...this.copyProperties(msg),
      headers: {
        ...msg.properties.headers,
        [HEADERS.deathReason]: reason,
        [HEADERS.error]: error.slice(0, MAX_ERROR_HEADER),
        [HEADERS.attempts]: attempt,
        [HEADERS.originalRoutingKey]: msg.properties.headers?.[HEADERS.originalRoutingKey] ?? msg.fields.routingKey,
        [HEADERS.originalExchange]: msg.fields.exchange,
        [HEADERS.sourceQueue]: sourceQueue,
        [HEADERS.failedAt]: new Date().toISOString(),
      },
    });
    this.ack(msg, generation);
  }

  private copyProperties(msg: ConsumeMessage) {
    const p = msg.properties;
    return {
      // While the broker is away a copy cannot be confirmed: give up after a while and leave the original unacked
      // (the broker redelivers it), rather than hold a shutdown forever.
      timeout: SEND_TIMEOUT_MS,
      persistent: true,
      messageId: p.messageId,
      correlationId: p.correlationId,
      type: p.type,
      contentType: p.contentType,
      timestamp: p.timestamp,
      appId: p.appId,
    };
  }

  private async onCommand(msg: ConsumeMessage, generation: number): Promise<void> {
    const stop = this.metrics.messageDuration.startTimer();
    let name = String(msg.properties.type ?? msg.fields.routingKey);
    let outcome: Outcome = 'ok';
    let reply: CommandReply;
    try {
      const envelope = await this.parseEnvelope(msg);
      name = envelope.name;
      reply = await this.runCommand(envelope);
      if (!reply.ok) outcome = reply.error.status_code >= 500 ? 'error' : 'rejected';
    } catch (err) {
      outcome = 'rejected';
      const message = err instanceof DeadLetter ? err.message : 'command could not be read';
      reply = { ok: false, error: { status_code: 400, code: 'malformed_message', message } };
      if (!msg.properties.replyTo) {
        // Nobody is waiting for an answer: keep the message for an operator instead of dropping it.
        await this.deadLetter(msg, generation, err instanceof DeadLetter ? err.reason : 'malformed_message', message, 1, this.names.commandsQueue);
        return;
      }
    } finally {
      this.metrics.messagesHandled.inc({ kind: 'command', name, outcome });
      stop({ kind: 'command', name, outcome });
    }
    if (msg.properties.replyTo) {
      await this.channel!.sendToQueue(msg.properties.replyTo, Buffer.from(JSON.stringify(reply)), {
        correlationId: msg.properties.correlationId,
        contentType: 'application/json',
        timeout: SEND_TIMEOUT_MS,
      });
    }
    this.ack(msg, generation);
  }

  /**
   * The handler's writes and its stored reply commit together; a redelivered command finds the reply and returns it
   * without running again. A ServiceError rolls the transaction back and is not stored (the caller may retry).
   */
  private async runTransactionalCommand(
    handler: CommandHandlerRef,
    envelope: MessageEnvelope,
    payload: object,
    context: Omit<CommandContext, 'manager'>,
  ): Promise<CommandReply> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO ${this.commandInboxTable} (message_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING message_id`,
        [envelope.id, envelope.name],
      );
      if (inserted.length === 0) {
        const [stored] = await manager.query(`SELECT reply FROM ${this.commandInboxTable} WHERE message_id = $1`, [envelope.id]);
        this.logger.debug({ message_id: envelope.id }, `duplicate ${envelope.name}: answered from the command inbox`);
        return stored.reply as CommandReply;
      }
      const data = await handler.invoke(payload, { ...context, manager });
      const reply: CommandReply = { ok: true, data: data ?? null };
      await manager.query(`UPDATE ${this.commandInboxTable} SET reply = $2 WHERE message_id = $1`, [envelope.id, JSON.stringify(reply)]);
      return reply;
    });
  }

  private async runCommand(envelope: MessageEnvelope): Promise<CommandReply> {
    const handler = this.commandHandlers.get(envelope.name);
    const contract = findCommandContract(envelope.name);
    if (!handler || !contract) {
      return { ok: false, error: { status_code: 404, code: 'unknown_command', message: `unknown command ${envelope.name}` } };
    }
    const payload = await validateContract(contract.request, envelope.payload, true);
    if (!payload.ok) {
      return {
        ok: false,
        error: { status_code: 400, code: 'validation_failed', message: 'request validation failed', details: payload.problems },
      };
    }
    const context = {
      correlationId: envelope.correlation_id,
      causationId: envelope.id,
      workspaceId: envelope.workspace_id ?? null,
      userId: envelope.user_id ?? null,
      role: envelope.actor_role ?? null,
    };
    const commandContext = { envelope, workspaceId: context.workspaceId, userId: context.userId, role: context.role };
    return runWithContext(context, async (): Promise<CommandReply> => {
      try {
        const reply = handler.transactional
          ? await this.runTransactionalCommand(handler, envelope, payload.value, commandContext)
          : ({ ok: true, data: (await handler.invoke(payload.value, commandContext)) ?? null } as CommandReply);
        this.logger.debug({ message_id: envelope.id }, `answered ${envelope.name}`);
        return reply;
      } catch (err) {
        if (err instanceof ServiceError) {
          return {
            ok: false,
            error: { status_code: err.statusCode, code: err.code, message: err.message, details: err.details },
          };
        }
        this.logger.error({ err }, `command ${envelope.name} failed`);
        return { ok: false, error: { status_code: 500, code: 'internal_error', message: 'the service failed to handle the request' } };
      }
    });
  }
}
