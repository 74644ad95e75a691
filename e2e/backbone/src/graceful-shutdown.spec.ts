import { Injectable, type INestApplication } from '@nestjs/common';
import { connect } from 'amqp-connection-manager';
import { randomUUID } from 'node:crypto';
import { OnEvent, topologyNames, type EventContext } from '@mab/messaging';
import {
  TEST_AMQP_URL,
  TEST_RETRY_DELAYS_MS,
  createTestBrokerNamespace,
  createTestDatabase,
  startRuntimeTestApp,
  waitFor,
  type TestDatabase,
} from '@mab/testing';
import { CREATE_EFFECTS_TABLE, WIDGET_CHANGED, WidgetChangedV1, envelopeFor, publishRaw } from './fixtures';

@Injectable()
class SlowWidgetHandler {
  started = 0;
  finished = 0;

  @OnEvent(WIDGET_CHANGED.name)
  async handle(event: WidgetChangedV1, ctx: EventContext): Promise<void> {
    this.started++;
    await new Promise((r) => setTimeout(r, 800));
    await ctx.manager.query('INSERT INTO analytics.widget_effects (widget_id, revision) VALUES ($1, $2)', [
      event.widget_id,
      event.revision,
    ]);
    this.finished++;
  }
}

describe('graceful shutdown', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('shutdown');
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase('shutdown');
  });

  afterAll(async () => {
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db.drop();
  });

  it('stops consuming, finishes the message in hand and acks it before closing (what SIGTERM triggers)', async () => {
    app = await startRuntimeTestApp({
      service: 'analytics',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [SlowWidgetHandler],
    });
    await db.query(CREATE_EFFECTS_TABLE);
    const handler = app.get(SlowWidgetHandler);
    const id = randomUUID();
    await publishRaw(
      broker.prefix,
      WIDGET_CHANGED.name,
      JSON.stringify(envelopeFor(id, { widget_id: 'slow', revision: 1 })),
    );
    await waitFor(() => handler.started === 1, { what: 'handler to start' });

    // A second message arrives while shutting down: it must stay in the queue for the next instance.
    await app.close();
    await publishRaw(
      broker.prefix,
      WIDGET_CHANGED.name,
      JSON.stringify(envelopeFor(randomUUID(), { widget_id: 'later', revision: 2 })),
    );

    expect(handler.finished).toBe(1);
    expect(await db.query('SELECT widget_id FROM analytics.widget_effects')).toEqual([{ widget_id: 'slow' }]);
    expect(await db.query('SELECT message_id FROM analytics.inbox WHERE message_id = $1', [id])).toHaveLength(1);

    // The finished message was acked (not waiting for redelivery); the later one waits, untouched.
    const amqp = connect([TEST_AMQP_URL]);
    const channel = amqp.createChannel({ confirm: false });
    try {
      await channel.waitForConnect();
      const queue = await channel.checkQueue(topologyNames(broker.prefix, 'analytics').eventsQueue);
      expect(queue.consumerCount).toBe(0);
      expect(queue.messageCount).toBe(1);
    } finally {
      await channel.close();
      await amqp.close();
    }
  });
});
