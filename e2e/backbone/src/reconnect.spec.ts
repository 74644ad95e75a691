import type { INestApplication } from '@nestjs/common';
import * as amqplib from 'amqplib';
import { randomUUID } from 'node:crypto';
import { AmqpConnection, topologyNames } from '@mab/messaging';
import {
  TcpProxy,
  TEST_AMQP_URL,
  TEST_RETRY_DELAYS_MS,
  createTestBrokerNamespace,
  createTestDatabase,
  startRuntimeTestApp,
  throughProxy,
  waitFor,
  type TestDatabase,
} from '@mab/testing';
import { CREATE_EFFECTS_TABLE, WIDGET_CHANGED, WidgetEffects, envelopeFor, publishRaw } from './fixtures';

describe('consumer reconnect', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('reconnect');
  const proxy = new TcpProxy('127.0.0.1', Number(new URL(TEST_AMQP_URL).port || 5672));
  let analytics: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase('reconnect');
    await proxy.start();
    analytics = await startRuntimeTestApp({
      service: 'analytics',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [WidgetEffects],
      env: { AMQP_URL: throughProxy(TEST_AMQP_URL, proxy.port) },
    });
    await db.query(CREATE_EFFECTS_TABLE);
  });

  afterAll(async () => {
    await analytics.close();
    await proxy.stop();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db.drop();
  });

  it('re-declares its queues and bindings after the broker lost them, and consumes again', async () => {
    const effects = analytics.get(WidgetEffects);
    const connection = analytics.get(AmqpConnection);
    proxy.cut();
    await waitFor(() => !connection.isConnected(), { what: 'the consumer to notice the outage' });

    // The broker "forgets" the service's topology while it is away (a broker rebuilt from scratch, say).
    const names = topologyNames(broker.prefix, 'analytics');
    const admin = await amqplib.connect(TEST_AMQP_URL);
    admin.on('error', () => undefined);
    const channel = await admin.createChannel();
    channel.on('error', () => undefined);
    await channel.deleteQueue(names.eventsQueue);
    await channel.deleteQueue(names.deadLetterQueue);
    await expect(channel.checkQueue(names.eventsQueue)).rejects.toThrow(/NOT_FOUND/);
    await admin.close().catch(() => undefined);

    proxy.restore();
    await waitFor(() => connection.isConnected(), { what: 'reconnection' });
    const check = await amqplib.connect(TEST_AMQP_URL);
    check.on('error', () => undefined);
    await waitFor(
      async () => {
        const ch = await check.createChannel();
        ch.on('error', () => undefined);
        try {
          const q = await ch.checkQueue(names.eventsQueue);
          return q.consumerCount === 1;
        } finally {
          await ch.close().catch(() => undefined);
        }
      },
      { what: 'queue re-declared and consumed' },
    );
    await check.close();

    await publishRaw(
      broker.prefix,
      WIDGET_CHANGED.name,
      JSON.stringify(envelopeFor(randomUUID(), { widget_id: 'after-reconnect', revision: 1 })),
    );
    await waitFor(() => effects.of('after-reconnect').length === 1, { what: 'event consumed after reconnect' });
  });
});
