import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { redactUrlCredentials } from '@mab/config';
import { MetricsService } from '@mab/observability';
import { AmqpConnection } from './amqp-connection';
import { CommandDispatcher } from './command-dispatcher';
import { DeadLetterAdmin } from './dead-letters';
import { EventDispatcher } from './event-dispatcher';
import { EventPublisher } from './event-publisher';
import { HandlerRegistry } from './handler-registry';
import { InboxStore } from './inbox-store';
import { MessageConsumer } from './message-consumer';
import { BrokerHealthIndicator } from './messaging-health';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { OutboxRelay } from './outbox-relay';
import { ServiceClient } from './service-client';

/**
 * Starts consumers and the outbox relay once every module is initialised, and on shutdown stops them in the order
 * that loses nothing: stop consuming, finish messages in hand, flush the relay's batch; connections close after.
 */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: AmqpConnection,
    private readonly consumer: MessageConsumer,
    private readonly relay: OutboxRelay,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connection.waitForConnection(15_000).catch((err: Error) => {
      throw new Error(
        `${err.message} at ${redactUrlCredentials(this.options.url)}. Start RabbitMQ (rabbitmq-server -detached, or ` +
          '`docker compose -f docker/docker-compose.yml up -d rabbitmq`) or set AMQP_URL.',
      );
    });
    this.consumer.discoverHandlers();
    await this.consumer.start();
    if (this.options.outbox.enabled) this.relay.start();
    if (this.consumer.handledEventPatterns.length > 0) {
      const channel = this.connection.createChannel({ name: 'dead-letter-gauge', confirm: false });
      const admin = new DeadLetterAdmin(channel, this.options.prefix, this.options.service);
      this.metrics.gauge('dead_letter_messages', 'Messages waiting in the dead-letter queue', () => admin.count());
    }
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(
      `shutting down (${signal ?? 'close'}): draining ${this.consumer.inFlightCount} message(s) in flight`,
    );
    await this.consumer.drain();
    await this.relay.stop();
  }
}

@Module({})
export class MessagingModule {
  /** Needs a TypeORM DataSource and MetricsService in the application (the runtime module provides both). */
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule, TerminusModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        AmqpConnection,
        EventPublisher,
        OutboxRelay,
        HandlerRegistry,
        InboxStore,
        EventDispatcher,
        CommandDispatcher,
        MessageConsumer,
        ServiceClient,
        BrokerHealthIndicator,
        MessagingLifecycle,
      ],
      exports: [
        MESSAGING_OPTIONS,
        AmqpConnection,
        EventPublisher,
        OutboxRelay,
        MessageConsumer,
        ServiceClient,
        BrokerHealthIndicator,
      ],
    };
  }
}
