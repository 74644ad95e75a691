import { Injectable } from '@nestjs/common';
import { IsInt, IsString, Min } from 'class-validator';
import * as amqplib from 'amqplib';
import { defineEvent, defineSubscription } from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { TEST_AMQP_URL } from '@mab/testing';

/** A test fact produced by crm and consumed by analytics in these tests. */
export class WidgetChangedV1 {
  @IsString()
  widget_id: string;

  @IsInt()
  @Min(0)
  revision: number;
}

export const WIDGET_CHANGED = defineEvent({
  name: 'crm.widget.changed.v1',
  producer: 'crm',
  payload: WidgetChangedV1,
  description: 'test event',
});
defineSubscription('analytics', 'crm.widget.*.v1', 'test: WidgetEffects');
defineSubscription('analytics', WIDGET_CHANGED.name, 'test: SlowWidgetHandler');

export interface Invocation {
  widgetId: string;
  revision: number;
  attempt: number;
  at: number;
  correlationId: string;
}

/**
 * The analytics-side handler of the tests. Its effect is a row in `analytics.widget_effects`, written through the
 * handler's transaction; `failuresBeforeSuccess` per widget id makes it fail on purpose.
 */
@Injectable()
export class WidgetEffects {
  readonly invocations: Invocation[] = [];
  failuresBeforeSuccess = new Map<string, number>();
  alwaysFail = new Set<string>();

  @OnEvent('crm.widget.*.v1')
  async onWidgetChanged(event: WidgetChangedV1, ctx: EventContext): Promise<void> {
    this.invocations.push({
      widgetId: event.widget_id,
      revision: event.revision,
      attempt: ctx.attempt,
      at: Date.now(),
      correlationId: ctx.envelope.correlation_id,
    });
    await ctx.manager.query('INSERT INTO analytics.widget_effects (widget_id, revision) VALUES ($1, $2)', [
      event.widget_id,
      event.revision,
    ]);
    if (this.alwaysFail.has(event.widget_id)) throw new Error(`widget ${event.widget_id} is cursed`);
    const left = this.failuresBeforeSuccess.get(event.widget_id) ?? 0;
    if (left > 0) {
      this.failuresBeforeSuccess.set(event.widget_id, left - 1);
      throw new Error(`transient failure for ${event.widget_id}`);
    }
  }

  of(widgetId: string): Invocation[] {
    return this.invocations.filter((i) => i.widgetId === widgetId);
  }
}

export const CREATE_EFFECTS_TABLE =
  'CREATE TABLE IF NOT EXISTS analytics.widget_effects (widget_id text NOT NULL, revision int NOT NULL)';

/** A raw AMQP listener on the events exchange: sees exactly what the broker routes, duplicates included. */
export class BrokerTap {
  private connection?: amqplib.ChannelModel;
  readonly messages: amqplib.ConsumeMessage[] = [];

  async start(prefix: string, pattern: string): Promise<void> {
    this.connection = await amqplib.connect(TEST_AMQP_URL);
    const channel = await this.connection.createChannel();
    await channel.assertExchange(`${prefix}.events`, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, `${prefix}.events`, pattern);
    await channel.consume(queue, (msg) => msg && this.messages.push(msg), { noAck: true });
  }

  ids(): string[] {
    return this.messages.map((m) => String(m.properties.messageId));
  }

  async stop(): Promise<void> {
    await this.connection?.close().catch(() => undefined);
  }
}

/** Publishes raw bytes on the events exchange, as a buggy or foreign producer might. */
export async function publishRaw(
  prefix: string,
  routingKey: string,
  body: Buffer | string,
  properties: amqplib.Options.Publish = {},
): Promise<void> {
  const connection = await amqplib.connect(TEST_AMQP_URL);
  try {
    const channel = await connection.createConfirmChannel();
    channel.publish(`${prefix}.events`, routingKey, Buffer.isBuffer(body) ? body : Buffer.from(body), {
      persistent: true,
      contentType: 'application/json',
      ...properties,
    });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

export function envelopeFor(id: string, payload: object, name = WIDGET_CHANGED.name) {
  return {
    id,
    name,
    occurred_at: new Date().toISOString(),
    correlation_id: `corr-${id}`,
    workspace_id: 'ws-test',
    user_id: null,
    source: 'crm',
    payload,
  };
}
