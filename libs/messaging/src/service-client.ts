import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { Channel, ConsumeMessage, Message } from 'amqplib';
import { ServiceError, type AnyCommandContract, type CommandReply, type ReplyOf, type RequestOf } from '@mab/contracts';
import { AmqpConnection } from './amqp-connection';
import { buildEnvelope } from './envelope-builder';
import { HEADERS, MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { RequestTimeoutError, ServiceUnavailableError } from './messaging.errors';
import { assertExchanges, topologyNames } from './topology';

const REPLY_TO = 'amq.rabbitmq.reply-to';

interface Pending {
  command: string;
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

export interface RequestOptions {
  timeoutMs?: number;
  /** Identity the gateway authenticated; defaults to the current request context. */
  workspaceId?: string | null;
  userId?: string | null;
}

/**
 * Request/reply over RabbitMQ's direct reply-to: no reply queue to declare or clean up. Commands are published
 * mandatory with a per-message expiration equal to the timeout, so a command nobody can take comes back at once
 * (503), and one nobody answered in time is dropped by the broker instead of being handled after the caller left.
 */
@Injectable()
export class ServiceClient implements OnApplicationShutdown {
  private readonly logger = new Logger(ServiceClient.name);
  private readonly names;
  private readonly pending = new Map<string, Pending>();
  private channel?: ChannelWrapper;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: AmqpConnection,
  ) {
    this.names = topologyNames(options.prefix, options.service);
  }

  private ensureChannel(): ChannelWrapper {
    if (this.channel) return this.channel;
    this.channel = this.connection.createChannel({
      name: 'requests',
      confirm: false,
      setup: async (channel: Channel) => {
        await assertExchanges(channel, this.names);
        channel.on('return', (msg: Message) => this.onReturned(msg));
        await channel.consume(REPLY_TO, (msg) => this.onReply(msg), { noAck: true });
      },
    });
    return this.channel;
  }

  /** Sends `contract`'s command and resolves with its typed reply (or rejects with the service's error). */
  async request<C extends AnyCommandContract>(
    contract: C,
    payload: RequestOf<C>,
    options: RequestOptions = {},
  ): Promise<ReplyOf<C>> {
    return this.send(contract.name, payload, options) as Promise<ReplyOf<C>>;
  }

  /** Untyped variant, for routing where the command name is data. */
  async send(command: string, payload: object, options: RequestOptions = {}): Promise<unknown> {
    const channel = this.ensureChannel();
    if (!this.connection.isConnected()) throw new ServiceUnavailableError(command, 'the message broker is unreachable');
    const timeoutMs = options.timeoutMs ?? this.options.requestTimeoutMs;
    const envelope = buildEnvelope(this.options.service, command, payload, {
      workspaceId: options.workspaceId,
      userId: options.userId,
    });
    const id = envelope.id;
    const result = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestTimeoutError(command, timeoutMs));
      }, timeoutMs);
      this.pending.set(id, { command, resolve, reject, timer });
    });
    try {
      await channel.publish(this.names.commandsExchange, command, Buffer.from(JSON.stringify(envelope)), {
        replyTo: REPLY_TO,
        correlationId: id,
        messageId: id,
        type: command,
        mandatory: true,
        expiration: String(timeoutMs),
        contentType: 'application/json',
        headers: { [HEADERS.correlationId]: envelope.correlation_id },
        timeout: timeoutMs,
      });
    } catch (err) {
      this.settle(id, undefined, new ServiceUnavailableError(command, (err as Error).message));
    }
    return result;
  }

  private onReply(msg: ConsumeMessage | null): void {
    if (!msg) return;
    const id = msg.properties.correlationId as string;
    let reply: CommandReply;
    try {
      reply = JSON.parse(msg.content.toString('utf8'));
    } catch {
      this.settle(id, undefined, new Error('unreadable reply'));
      return;
    }
    if (reply.ok) this.settle(id, reply.data);
    else {
      const e = reply.error;
      this.settle(id, undefined, new ServiceError(e.status_code, e.code, e.message, e.details ?? []));
    }
  }

  private onReturned(msg: Message): void {
    const id = msg.properties.correlationId as string;
    const pending = this.pending.get(id);
    this.settle(
      id,
      undefined,
      new ServiceUnavailableError(
        pending?.command ?? String(msg.properties.type),
        'no service instance is consuming it',
      ),
    );
  }

  private settle(id: string, value: unknown, error?: Error): void {
    const pending = this.pending.get(id);
    if (!pending) return; // late reply after a timeout
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(value);
  }

  /** After the drain (beforeApplicationShutdown): handlers finishing their work may still need answers. */
  onApplicationShutdown(): void {
    for (const [id] of this.pending)
      this.settle(id, undefined, new ServiceUnavailableError('request', 'shutting down'));
  }
}
