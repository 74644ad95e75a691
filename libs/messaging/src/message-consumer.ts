import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { AmqpConnection } from './amqp-connection';
import { CommandDispatcher } from './command-dispatcher';
import { EventDispatcher } from './event-dispatcher';
import { HandlerRegistry } from './handler-registry';
import { INBOX_RETENTION_DAYS, InboxStore } from './inbox-store';
import type { Delivery } from './incoming-message';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import {
  assertCommandTopology,
  assertEventTopology,
  assertExchanges,
  topologyNames,
  type ServiceTopologyNames,
} from './topology';

export { INBOX_RETENTION_DAYS } from './inbox-store';

/**
 * The service's consuming side: declares its queues (only those it has handlers for), consumes them with manual
 * acks and prefetch, hands each message to the event or command dispatcher, and keeps track of messages in hand so
 * a graceful shutdown lets them finish. Nothing is acked before its effect (or its retry / dead-letter copy) is
 * safe, so a crash in between redelivers rather than loses.
 */
@Injectable()
export class MessageConsumer {
  private readonly logger = new Logger(MessageConsumer.name);
  private readonly names: ServiceTopologyNames;
  private channel?: ChannelWrapper;
  private readonly inFlight = new Set<Promise<void>>();
  /** Bumped on every (re)connect: an ack for a delivery of a dead channel must not reach the new one. */
  private generation = 0;
  private consuming = false;
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: AmqpConnection,
    private readonly registry: HandlerRegistry,
    private readonly events: EventDispatcher,
    private readonly commands: CommandDispatcher,
    private readonly inbox: InboxStore,
  ) {
    this.names = topologyNames(options.prefix, options.service);
  }

  get handledEventPatterns(): string[] {
    return this.registry.eventPatterns;
  }

  get handledCommands(): string[] {
    return this.registry.commandNames;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Collects handlers from every provider. Called once at bootstrap. */
  discoverHandlers(): void {
    this.registry.discover();
  }

  /** Declares the topology and starts consuming (only the queues this service has handlers for). */
  async start(): Promise<void> {
    this.registry.assertSubscriptionsDeclared(this.options.service);
    const patterns = this.registry.eventPatterns;
    const commands = this.registry.commandNames;
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
      await this.channel.consume(
        this.names.eventsQueue,
        (msg) => this.track(msg, (d) => this.events.dispatch(d)),
        consumeOptions,
      );
    }
    if (commands.length) {
      await this.channel.consume(
        this.names.commandsQueue,
        (msg) => this.track(msg, (d) => this.commands.dispatch(d)),
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
    if (this.inFlight.size)
      this.logger.warn(`${this.inFlight.size} message(s) still in hand at the deadline; they will be redelivered`);
  }

  /** Deletes inbox rows older than `days` (command replies after 2 days: commands expire in seconds); returns how many. */
  purgeInbox(days: number): Promise<number> {
    return this.inbox.purge(days);
  }

  private track(msg: ConsumeMessage | null, handle: (delivery: Delivery) => Promise<void>): void {
    if (!msg) return; // consumer cancelled by the broker; amqp-connection-manager re-subscribes
    const delivery = this.deliveryOf(msg);
    const work = handle(delivery)
      .catch((err) => {
        this.logger.error(`could not finish a message, it goes back to the queue: ${(err as Error).message}`);
        // Still on the same channel: hand it back now rather than hold a prefetch slot until a reconnect.
        if (delivery.onSameChannel()) this.channel?.nack(msg, false, true);
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private deliveryOf(msg: ConsumeMessage): Delivery & { onSameChannel(): boolean } {
    const generation = this.generation;
    const channel = this.channel!;
    const onSameChannel = () => generation === this.generation;
    return {
      msg,
      onSameChannel,
      ack: () => {
        if (onSameChannel()) channel.ack(msg);
      },
      sendToQueue: (queue, content, options) => channel.sendToQueue(queue, content, options),
    };
  }
}
