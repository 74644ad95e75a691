import type { INestApplication } from '@nestjs/common';
import { connect, type AmqpConnectionManager, type ChannelWrapper } from 'amqp-connection-manager';
import { randomUUID } from 'node:crypto';
import { DeadLetterAdmin, MessageConsumer } from '@mab/messaging';
import { MetricsService } from '@mab/observability';
import {
  TEST_AMQP_URL,
  TEST_RETRY_DELAYS_MS,
  createTestBrokerNamespace,
  createTestDatabase,
  startRuntimeTestApp,
  waitFor,
  type TestDatabase,
} from '@mab/testing';
import { CREATE_EFFECTS_TABLE, WIDGET_CHANGED, WidgetEffects, envelopeFor, publishRaw } from './fixtures';

describe('event consumers: inbox, retries, dead letters', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('consumer');
  let analytics: INestApplication;
  let effects: WidgetEffects;
  let amqp: AmqpConnectionManager;
  let channel: ChannelWrapper;
  let deadLetters: DeadLetterAdmin;

  const send = (id: string, payload: object, name = WIDGET_CHANGED.name) =>
    publishRaw(broker.prefix, name, JSON.stringify(envelopeFor(id, payload, name)), { messageId: id, type: name });
  const effectRows = async (widgetId: string) =>
    Number(
      (
        await db.query<{ n: string }>('SELECT count(*) AS n FROM analytics.widget_effects WHERE widget_id = $1', [
          widgetId,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    db = await createTestDatabase('consumer');
    analytics = await startRuntimeTestApp({
      service: 'analytics',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [WidgetEffects],
    });
    await db.query(CREATE_EFFECTS_TABLE);
    effects = analytics.get(WidgetEffects);
    amqp = connect([TEST_AMQP_URL]);
    channel = amqp.createChannel({ confirm: true });
    await channel.waitForConnect();
    deadLetters = new DeadLetterAdmin(channel, broker.prefix, 'analytics');
  });

  afterAll(async () => {
    await channel?.close();
    await amqp?.close();
    await analytics?.close();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db?.drop();
  });

  it('has one effect when the same message is delivered twice', async () => {
    const id = randomUUID();
    await send(id, { widget_id: 'twice', revision: 1 });
    await send(id, { widget_id: 'twice', revision: 1 });
    await send(randomUUID(), { widget_id: 'marker-after-twice', revision: 1 });
    await waitFor(async () => (await effectRows('marker-after-twice')) === 1, { what: 'marker handled' });
    // Both copies were consumed (the second one was acked as a duplicate) and the handler ran once.
    await waitFor(
      async () =>
        (await analytics.get(MetricsService).registry.getSingleMetricAsString('messages_handled_total')).includes(
          'outcome="duplicate"',
        ),
      { what: 'duplicate recorded' },
    );
    expect(effects.of('twice')).toHaveLength(1);
    expect(await effectRows('twice')).toBe(1);
    const inbox = await db.query('SELECT consumer FROM analytics.inbox WHERE message_id = $1', [id]);
    expect(inbox).toEqual([{ consumer: 'WidgetEffects.onWidgetChanged' }]);
  });

  it('retries a failing handler with growing delays until it succeeds, rolling back each failed try', async () => {
    effects.failuresBeforeSuccess.set('flaky', 2);
    await send(randomUUID(), { widget_id: 'flaky', revision: 3 });
    await waitFor(() => effects.of('flaky').length === 3, { what: 'third attempt' });
    await waitFor(async () => (await effectRows('flaky')) === 1, { what: 'committed effect' });
    const tries = effects.of('flaky');
    expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
    // Every try runs in the correlation context of the original message.
    expect(new Set(tries.map((t) => t.correlationId))).toEqual(new Set([tries[0].correlationId]));
    expect(tries[0].correlationId).toMatch(/^corr-/);
    // Each retry waited at least its retry queue's TTL, and the second wait is the longer one.
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(TEST_RETRY_DELAYS_MS[0]);
    expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(TEST_RETRY_DELAYS_MS[1]);
    // The two failed tries rolled back their writes: exactly one effect row.
    expect(await effectRows('flaky')).toBe(1);
    expect(await deadLetters.count()).toBe(0);
  });

  it('dead-letters a message that always fails after the last attempt, with its error, and replays it', async () => {
    const id = randomUUID();
    effects.alwaysFail.add('cursed');
    await send(id, { widget_id: 'cursed', revision: 9 });
    await waitFor(async () => (await deadLetters.count()) === 1, { what: 'message in the dead-letter queue' });
    expect(effects.of('cursed').map((t) => t.attempt)).toEqual([1, 2, 3]);
    expect(await effectRows('cursed')).toBe(0);

    const [letter] = await deadLetters.list();
    expect(letter).toMatchObject({
      message_id: id,
      reason: 'handler_failed',
      attempts: 3,
      original_routing_key: WIDGET_CHANGED.name,
      correlation_id: `corr-${id}`,
    });
    expect(letter.error).toContain('widget cursed is cursed');
    // Listing does not consume.
    expect(await deadLetters.count()).toBe(1);

    // The operator fixes the cause and replays: the message is delivered again and handled.
    effects.alwaysFail.delete('cursed');
    expect(await deadLetters.replay([id])).toEqual([id]);
    await waitFor(async () => (await effectRows('cursed')) === 1, { what: 'replayed message handled' });
    expect(effects.of('cursed').at(-1)?.attempt).toBe(1);
    expect(await deadLetters.count()).toBe(0);
  });

  it('dead-letters malformed and invalid messages at once and keeps consuming', async () => {
    const badJson = randomUUID();
    const invalid = randomUUID();
    const noEnvelope = randomUUID();
    await publishRaw(broker.prefix, WIDGET_CHANGED.name, '{"id": "not json', {
      messageId: badJson,
      type: WIDGET_CHANGED.name,
    });
    await send(invalid, { widget_id: 'invalid', revision: -4, surprise: true });
    await publishRaw(broker.prefix, WIDGET_CHANGED.name, JSON.stringify({ hello: 'world' }), { messageId: noEnvelope });
    await send(randomUUID(), { widget_id: 'after-garbage', revision: 1 });

    await waitFor(async () => (await effectRows('after-garbage')) === 1, { what: 'valid message after garbage' });
    await waitFor(async () => (await deadLetters.count()) === 3, { what: 'three dead letters' });
    const letters = await deadLetters.list();
    const byId = Object.fromEntries(letters.map((l) => [l.message_id, l]));
    expect(byId[badJson]).toMatchObject({ reason: 'malformed_json', attempts: 1 });
    expect(byId[invalid]).toMatchObject({ reason: 'validation_failed', attempts: 1 });
    expect(byId[invalid].error).toContain('revision');
    expect(byId[noEnvelope]).toMatchObject({ reason: 'invalid_envelope' });
    // Never reached the handler.
    expect(effects.of('invalid')).toHaveLength(0);
    expect(analytics.get(MessageConsumer).inFlightCount).toBe(0);

    expect((await deadLetters.discard([badJson, invalid, noEnvelope])).sort()).toEqual(
      [badJson, invalid, noEnvelope].sort(),
    );
    expect(await deadLetters.count()).toBe(0);
  });
});

describe('retention', () => {
  it('purges inbox rows past the retention, keeping recent ones', async () => {
    const db = await createTestDatabase('retention');
    const broker = createTestBrokerNamespace('retention');
    const app = await startRuntimeTestApp({
      service: 'analytics',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [WidgetEffects],
    });
    try {
      await db.query(
        `INSERT INTO analytics.inbox (consumer, message_id, name, handled_at) VALUES
           ('c', 'old', 'x.y.z.v1', now() - interval '40 days'), ('c', 'new', 'x.y.z.v1', now() - interval '1 day')`,
      );
      expect(await app.get(MessageConsumer).purgeInbox(30)).toBe(1);
      expect(await db.query('SELECT message_id FROM analytics.inbox')).toEqual([{ message_id: 'new' }]);
    } finally {
      await app.close();
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    }
  });
});
