import { Logger } from '@nestjs/common';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { MessageEnvelope } from '@mab/contracts';
import type { AmqpConnection } from './amqp-connection';
import { assertExchanges, topologyNames } from './topology';

/**
 * Every instance sees every matching event: an exclusive, server-named queue per process (not the service's shared
 * queue), re-created on reconnect. For fan-out to connected clients (the gateway's live stream); not for work that
 * must happen once, which belongs in an @OnEvent handler with its inbox.
 */
export function subscribeBroadcast(
  connection: AmqpConnection,
  prefix: string,
  patterns: string[],
  onEnvelope: (envelope: MessageEnvelope) => void,
): ChannelWrapper {
  const logger = new Logger('BroadcastSubscriber');
  const names = topologyNames(prefix, 'broadcast');
  return connection.createChannel({
    name: 'broadcast',
    confirm: false,
    setup: async (channel: Channel) => {
      await assertExchanges(channel, names);
      const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
      for (const pattern of patterns) await channel.bindQueue(queue, names.eventsExchange, pattern);
      await channel.consume(
        queue,
        (msg: ConsumeMessage | null) => {
          if (!msg) return;
          try {
            onEnvelope(JSON.parse(msg.content.toString('utf8')));
          } catch (err) {
            logger.debug(`ignored an unreadable broadcast message: ${(err as Error).message}`);
          }
        },
        { noAck: true },
      );
    },
  });
}
