import type { ChannelWrapper } from 'amqp-connection-manager';
import type { GetMessage } from 'amqplib';
import { HEADERS } from './messaging.options';
import { topologyNames } from './topology';

export interface DeadLetterView {
  message_id: string | null;
  name: string | null;
  reason: string | null;
  error: string | null;
  attempts: number | null;
  failed_at: string | null;
  source_queue: string | null;
  original_routing_key: string | null;
  correlation_id: string | null;
  body: unknown;
}

/** Upper bound of one replay/discard pass, so a queue that fills while we scan cannot keep us busy forever. */
const MAX_SCAN = 100_000;

function view(msg: GetMessage): DeadLetterView {
  const h = msg.properties.headers ?? {};
  let body: unknown;
  const text = msg.content.toString('utf8');
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return {
    message_id: msg.properties.messageId ?? null,
    name: msg.properties.type ?? null,
    reason: h[HEADERS.deathReason] ?? null,
    error: h[HEADERS.error] ?? null,
    attempts: h[HEADERS.attempts] ?? null,
    failed_at: h[HEADERS.failedAt] ?? null,
    source_queue: h[HEADERS.sourceQueue] ?? null,
    original_routing_key: h[HEADERS.originalRoutingKey] ?? null,
    correlation_id:
      msg.properties.correlationId ??
      h[HEADERS.correlationId] ??
      (body as { correlation_id?: string } | null)?.correlation_id ??
      null,
    body,
  };
}

/**
 * Operator access to one service's dead-letter queue: list (non-destructive peek), replay (send back to the queue
 * the message failed in, attempts reset) and discard. Messages are read with basic.get and released or acked, so
 * listing leaves the queue as it was. Used by the `npm run dead-letters` CLI and by tests.
 */
export class DeadLetterAdmin {
  private readonly names;

  constructor(
    private readonly channel: ChannelWrapper,
    prefix: string,
    service: string,
  ) {
    this.names = topologyNames(prefix, service);
  }

  get queue(): string {
    return this.names.deadLetterQueue;
  }

  /** Declares the queue (idempotent), for tools that may run before the service ever did. */
  async ensureQueue(): Promise<void> {
    await this.channel.assertQueue(this.names.deadLetterQueue, { durable: true });
  }

  async count(): Promise<number> {
    return (await this.channel.checkQueue(this.names.deadLetterQueue)).messageCount;
  }

  /** Peeks at up to `limit` dead letters without removing them. */
  async list(limit = 50): Promise<DeadLetterView[]> {
    const taken: GetMessage[] = [];
    try {
      for (let i = 0; i < limit; i++) {
        const msg = await this.channel.get(this.names.deadLetterQueue, { noAck: false });
        if (!msg) break;
        taken.push(msg);
      }
      return taken.map(view);
    } finally {
      // Release in reverse so the queue keeps its order.
      for (const msg of taken.reverse()) this.channel.nack(msg, false, true);
    }
  }

  /**
   * Replays dead letters into the queue they failed in, with the attempt count reset. `ids` picks messages by
   * message id; without it every dead letter is replayed. Returns the replayed ids.
   */
  async replay(ids?: string[]): Promise<string[]> {
    return this.take(ids, async (msg) => {
      const {
        [HEADERS.deathReason]: _r,
        [HEADERS.error]: _e,
        [HEADERS.attempts]: _a,
        [HEADERS.failedAt]: _f,
        ...headers
      } = msg.properties.headers ?? {};
      const target = (msg.properties.headers?.[HEADERS.sourceQueue] as string | undefined) ?? this.names.eventsQueue;
      await this.channel.sendToQueue(target, msg.content, {
        persistent: true,
        messageId: msg.properties.messageId,
        correlationId: msg.properties.correlationId,
        type: msg.properties.type,
        contentType: msg.properties.contentType,
        timestamp: msg.properties.timestamp,
        appId: msg.properties.appId,
        headers: { ...headers, [HEADERS.attempt]: 1, [HEADERS.replayedAt]: new Date().toISOString() },
      });
    });
  }

  /** Deletes dead letters for good (by id, or all). Returns the discarded ids. */
  async discard(ids?: string[]): Promise<string[]> {
    return this.take(ids, async () => undefined);
  }

  private async take(ids: string[] | undefined, act: (msg: GetMessage) => Promise<void>): Promise<string[]> {
    const wanted = ids ? new Set(ids) : undefined;
    const done: string[] = [];
    const skipped: GetMessage[] = [];
    // Replaying everything takes what is there now, not what fails again while we work (no loop on a poison message).
    const budget = wanted ? MAX_SCAN : await this.count();
    try {
      // Skipped messages stay unacked (held by this channel) until the end, so get() runs dry instead of cycling.
      for (let i = 0; i < budget; i++) {
        const msg = await this.channel.get(this.names.deadLetterQueue, { noAck: false });
        if (!msg) break;
        const id = msg.properties.messageId ?? '';
        if (wanted && !wanted.has(id)) {
          skipped.push(msg);
          continue;
        }
        await act(msg);
        this.channel.ack(msg);
        done.push(id);
      }
    } finally {
      for (const msg of skipped.reverse()) this.channel.nack(msg, false, true);
    }
    return done;
  }
}
