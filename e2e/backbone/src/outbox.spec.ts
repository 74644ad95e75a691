import type { INestApplication } from '@nestjs/common';
import { EventPublisher, OutboxRelay } from '@mab/messaging';
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
import { DataSource } from 'typeorm';
import { BrokerTap, CREATE_EFFECTS_TABLE, WIDGET_CHANGED, WidgetEffects } from './fixtures';

describe('transactional outbox', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('outbox');
  const proxy = new TcpProxy('127.0.0.1', Number(new URL(TEST_AMQP_URL).port || 5672));
  let crm: INestApplication;
  let analytics: INestApplication;
  let tap: BrokerTap;

  const publishIn = (app: INestApplication, widgetId: string, revision: number, rollback = false) =>
    app
      .get(DataSource)
      .transaction(async (manager) => {
        await app.get(EventPublisher).publish(manager, WIDGET_CHANGED, { widget_id: widgetId, revision });
        if (rollback) throw new Error('business rule failed after publishing');
      })
      .catch((err: Error) => {
        if (!rollback) throw err;
      });

  const pendingRows = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM crm.outbox WHERE sent_at IS NULL'))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    await proxy.start();
    // crm reaches the broker through a proxy the test can cut; analytics connects directly.
    crm = await startRuntimeTestApp({
      service: 'crm',
      databaseUrl: db.url,
      prefix: broker.prefix,
      env: { AMQP_URL: throughProxy(TEST_AMQP_URL, proxy.port) },
    });
    analytics = await startRuntimeTestApp({
      service: 'analytics',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [WidgetEffects],
    });
    await db.query(CREATE_EFFECTS_TABLE);
    tap = new BrokerTap();
    await tap.start(broker.prefix, 'crm.widget.#');
  });

  afterAll(async () => {
    await tap?.stop();
    await analytics?.close();
    await crm?.close();
    await proxy.stop();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db?.drop();
  });

  it('never sends an event published inside a rolled-back transaction', async () => {
    await publishIn(crm, 'rolled-back', 1, true);
    await publishIn(crm, 'committed', 1);
    const effects = analytics.get(WidgetEffects);
    // The relay sends in order, so once the later committed event is consumed the earlier one would have been too.
    await waitFor(() => effects.of('committed').length === 1, { what: 'committed event consumed' });
    expect(effects.of('rolled-back')).toHaveLength(0);
    const rows = await db.query("SELECT name FROM crm.outbox WHERE envelope->'payload'->>'widget_id' = $1", [
      'rolled-back',
    ]);
    expect(rows).toHaveLength(0);
  });

  it('holds events committed while the broker is unreachable and delivers them when it returns', async () => {
    const relay = crm.get(OutboxRelay);
    proxy.cut();
    await waitFor(
      async () => {
        try {
          await relay.relayBatch();
          return false;
        } catch (err) {
          return /not connected/.test((err as Error).message);
        }
      },
      { what: 'crm to notice the broker is gone' },
    );

    await publishIn(crm, 'during-outage', 7);
    // Still pending: nothing can leave while the connection is down (the relay keeps polling and failing).
    await expect(relay.relayBatch()).rejects.toThrow(/not connected/);
    expect(await pendingRows()).toBe(1);

    proxy.restore();
    const effects = analytics.get(WidgetEffects);
    await waitFor(() => effects.of('during-outage').length === 1, { what: 'event delivered after the outage' });
    // The relay marks the row sent once the broker confirmed it, which can come after the consumer handled it.
    await waitFor(async () => (await pendingRows()) === 0, { what: 'outbox row marked sent' });
    expect(effects.of('during-outage')[0].revision).toBe(7);
  });

  it('publishes committed events in the order they were written', async () => {
    const before = tap.messages.length;
    for (let i = 0; i < 25; i++) await publishIn(crm, `ordered-${i}`, i);
    await waitFor(() => tap.messages.length - before >= 25, { what: 'ordered events on the broker' });
    const revisions = tap.messages.slice(before).map((m) => JSON.parse(m.content.toString()).payload.revision);
    expect(revisions).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('lets two relay instances share one outbox without sending a row twice', async () => {
    // A second crm replica on the same database and broker: two relays now poll the same outbox.
    const crm2 = await startRuntimeTestApp({ service: 'crm', databaseUrl: db.url, prefix: broker.prefix });
    try {
      const before = tap.messages.length;
      const count = 300;
      // Many small transactions from both replicas, interleaved, while both relays run.
      await Promise.all(Array.from({ length: count }, (_, i) => publishIn(i % 2 ? crm : crm2, `burst-${i}`, i)));
      await waitFor(async () => (await pendingRows()) === 0, { what: 'outbox drained' });
      await waitFor(() => tap.messages.length - before >= count, { what: 'all burst events on the broker' });
      // Settle: give any duplicate a chance to show up before counting.
      await new Promise((r) => setTimeout(r, 300));
      const ids = tap.ids().slice(before);
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
    } finally {
      await crm2.close();
    }
  });
});
