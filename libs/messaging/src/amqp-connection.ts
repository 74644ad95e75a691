import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import amqp, { type AmqpConnectionManager, type ChannelWrapper, type CreateChannelOpts } from 'amqp-connection-manager';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';

/** The service's single broker connection; reconnects by itself and re-runs each channel's setup. */
@Injectable()
export class AmqpConnection implements OnApplicationShutdown {
  private readonly logger = new Logger(AmqpConnection.name);
  readonly manager: AmqpConnectionManager;
  private readonly channels = new Set<ChannelWrapper>();

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingOptions) {
    this.manager = amqp.connect([options.url], {
      heartbeatIntervalInSeconds: 10,
      reconnectTimeInSeconds: 1,
      connectionOptions: {
        clientProperties: { connection_name: `${options.service}:${options.instanceId}` },
        // amqplib leaves Nagle's algorithm on: a message written as several small frames (method, header, body)
        // then waits on the peer's delayed ACK, about 40 ms per request/reply hop on an idle connection.
        noDelay: true,
      },
    });
    this.manager.on('connect', () => this.logger.log('connected to the broker'));
    this.manager.on('disconnect', ({ err }) => this.logger.warn(`broker connection lost: ${err?.message ?? 'closed'}`));
    this.manager.on('connectFailed', ({ err }) => this.logger.warn(`cannot reach the broker: ${err?.message}`));
  }

  isConnected(): boolean {
    return this.manager.isConnected();
  }

  createChannel(options: CreateChannelOpts): ChannelWrapper {
    const channel = this.manager.createChannel({ json: false, ...options });
    channel.on('error', (err: Error, info: { name: string }) =>
      this.logger.error(`channel ${info?.name ?? options.name} setup failed: ${err.message}`),
    );
    this.channels.add(channel);
    return channel;
  }

  /** Resolves once connected, or rejects after `timeoutMs` (boot fails fast with a clear message). */
  async waitForConnection(timeoutMs: number): Promise<void> {
    if (this.isConnected()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.manager.removeListener('connect', onConnect);
        reject(new Error(`could not connect to RabbitMQ within ${timeoutMs} ms`));
      }, timeoutMs);
      const onConnect = () => {
        clearTimeout(timer);
        resolve();
      };
      this.manager.once('connect', onConnect);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    for (const channel of this.channels) await channel.close().catch(() => undefined);
    await this.manager.close().catch(() => undefined);
  }
}
