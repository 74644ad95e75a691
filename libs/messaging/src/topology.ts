import type { ChannelWrapper } from 'amqp-connection-manager';
import type { Channel } from 'amqplib';
import { allSubscriptions } from '@mab/contracts';

/** Every exchange and queue name one service uses, derived from the prefix so test runs never collide. */
export interface ServiceTopologyNames {
  eventsExchange: string;
  commandsExchange: string;
  eventsQueue: string;
  commandsQueue: string;
  deadLetterQueue: string;
  retryQueue(delayMs: number): string;
}

export function topologyNames(prefix: string, service: string): ServiceTopologyNames {
  const p = prefix ? `${prefix}.` : '';
  return {
    eventsExchange: `${p}events`,
    commandsExchange: `${p}commands`,
    eventsQueue: `${p}${service}.events`,
    commandsQueue: `${p}${service}.commands`,
    deadLetterQueue: `${p}${service}.dead-letters`,
    retryQueue: (delayMs: number) => `${p}${service}.retry.${delayMs}ms`,
  };
}

/** The shared exchanges: one durable topic exchange for events, one direct exchange for commands. */
export async function assertExchanges(channel: Channel, names: ServiceTopologyNames): Promise<void> {
  await channel.assertExchange(names.eventsExchange, 'topic', { durable: true });
  await channel.assertExchange(names.commandsExchange, 'direct', { durable: true });
}

/**
 * A consuming service's event topology: its durable queue bound by the patterns its handlers listen to, a TTL
 * retry queue per delay that dead-letters back into the main queue, and a dead-letter queue for operators.
 * Re-run on every reconnect (amqp-connection-manager setup), so a broker that lost its state is re-declared.
 */
export async function assertEventTopology(
  channel: Channel,
  names: ServiceTopologyNames,
  patterns: string[],
  retryDelaysMs: number[],
): Promise<void> {
  await channel.assertQueue(names.eventsQueue, { durable: true });
  for (const pattern of patterns) await channel.bindQueue(names.eventsQueue, names.eventsExchange, pattern);
  for (const delay of new Set(retryDelaysMs)) {
    await channel.assertQueue(names.retryQueue(delay), {
      durable: true,
      arguments: {
        'x-message-ttl': delay,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': names.eventsQueue,
      },
    });
  }
  await assertDeadLetterQueue(channel, names);
}

export async function assertDeadLetterQueue(channel: Channel, names: ServiceTopologyNames): Promise<void> {
  await channel.assertQueue(names.deadLetterQueue, { durable: true });
}

/**
 * The command queue is auto-deleted when the last replica stops consuming: with no queue the gateway's mandatory
 * publish comes back unroutable at once, which it answers with 503 instead of waiting for a timeout.
 */
export async function assertCommandTopology(
  channel: Channel,
  names: ServiceTopologyNames,
  commandNames: string[],
): Promise<void> {
  await channel.assertQueue(names.commandsQueue, { durable: false, autoDelete: true });
  for (const name of commandNames) await channel.bindQueue(names.commandsQueue, names.commandsExchange, name);
}

/**
 * Every consumer's durable queue and bindings, from the subscription table in @mab/contracts. Producers run this
 * before publishing, so an event whose consumer has never started waits in that consumer's queue instead of being
 * dropped as unroutable. (Retry and dead-letter queues stay the consumer's own business: their settings are its own.)
 */
export async function assertSubscriberQueues(channel: Channel, prefix: string): Promise<void> {
  for (const { service, pattern } of allSubscriptions()) {
    const names = topologyNames(prefix, service);
    await channel.assertQueue(names.eventsQueue, { durable: true });
    await channel.bindQueue(names.eventsQueue, names.eventsExchange, pattern);
  }
}

/** Test and teardown helper: removes what `topologyNames` names for these services. */
export async function deleteTopology(
  channel: ChannelWrapper,
  prefix: string,
  services: string[],
  retryDelaysMs: number[],
): Promise<void> {
  for (const service of services) {
    const names = topologyNames(prefix, service);
    for (const q of [
      names.eventsQueue,
      names.commandsQueue,
      names.deadLetterQueue,
      ...retryDelaysMs.map(names.retryQueue),
    ]) {
      await channel.deleteQueue(q).catch(() => undefined);
    }
  }
  const names = topologyNames(prefix, 'x');
  await channel.deleteExchange(names.eventsExchange).catch(() => undefined);
  await channel.deleteExchange(names.commandsExchange).catch(() => undefined);
}

/** AMQP topic matching (defined with the contracts, which list subscriptions by pattern). */
export { topicPatternMatches as topicMatches } from '@mab/contracts';
