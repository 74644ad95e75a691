import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AmqpConnection } from './amqp-connection';

/** Readiness: the broker connection is up (amqp-connection-manager reconnects on its own while it is not). */
@Injectable()
export class BrokerHealthIndicator {
  constructor(
    private readonly connection: AmqpConnection,
    private readonly health: HealthIndicatorService,
  ) {}

  check(key = 'broker') {
    const indicator = this.health.check(key);
    return this.connection.isConnected() ? indicator.up() : indicator.down({ message: 'not connected to RabbitMQ' });
  }
}
