import type { INestApplication } from '@nestjs/common';
import { AmqpConnection, EventPublisher, OutboxRelay } from '@mab/messaging';
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
import { BrokerTap, WIDGET_CHANGED } from './fixtures';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * How the relay paces itself around a broker outage: it must not hammer a broker that is gone or refusing (every
 * commit asking for a pass), and must not sit out its backoff once the broker is back.
 */
describe('outbox relay around a broker outage', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('outbox-outage');
  const proxy = new TcpProxy('127.0.0.1', Number(new URL(TEST_AMQP_URL).port || 5672));
  let tap: BrokerTap;

  /** A crm whose broker connection goes through the proxy, polling its outbox every `pollMs`. */
  const startCrm = (pollMs: number) =>
    startRuntimeTestApp({
      service: 'crm',
      databaseUrl: db.url,
      prefix: broker.prefix,
      env: { AMQP_URL: throughProxy(TEST_AMQP_URL, proxy.port), OUTBOX_POLL_MS: String(pollMs) },
    });

  const publishIn = (app: INestApplication, widgetId: string, revision: number) =>
    app
      .get(DataSource)
      .transaction((manager) =>
        app.get(EventPublisher).publish(manager, WIDGET_CHANGED, { widget_id: widgetId, revision }),
      );

  const onBroker = (prefix: string): number[] =>
    tap.messages
      .map((m) => JSON.parse(m.content.toString()).payload)
      .filter((p: { widget_id: string }) => p.widget_id.startsWith(prefix))
      .map((p: { revision: number }) => p.revision);

  beforeAll(async () => {
    db = await createTestDatabase('outbox_outage');
    await proxy.start();
    tap = new BrokerTap();
    await tap.start(broker.prefix, 'crm.widget.#');
  });

  afterAll(async () => {
    await tap?.stop();
    await proxy.stop();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db?.drop();
  });

  it('publishes the backlog as soon as the broker is back, not after its poll interval or backoff', async () => {
    // A poll far longer than the test: only the reconnection itself can make the relay publish in time.
    const crm = await startCrm(60_000);
    const connection = crm.get(AmqpConnection);
    try {
      proxy.cut();
      await waitFor(() => !connection.isConnected(), { what: 'crm to notice the broker is gone' });
      // Commits spread over the outage: a pass they caused would fail and back off for 10 s (2 × poll, capped).
      for (let i = 0; i < 3; i++) {
        await publishIn(crm, 'backlog-', i);
        await sleep(500);
      }
      const reconnected = new Promise<number>((resolve) =>
        connection.manager.once('connect', () => resolve(Date.now())),
      );
      proxy.restore();
      const reconnectedAt = await reconnected;
      await waitFor(() => onBroker('backlog-').length === 3, { timeoutMs: 20_000, what: 'the backlog on the broker' });
      // A pass takes milliseconds; the margin is for a loaded machine, and stays far below the 10 s backoff cap.
      expect(Date.now() - reconnectedAt).toBeLessThan(3_000);
      expect(onBroker('backlog-')).toEqual([0, 1, 2]);
    } finally {
      proxy.restore();
      await crm.close();
    }
  });

  it('does not let commits cut the backoff short while the broker is gone or refusing', async () => {
    const pollMs = 200;
    const crm = await startCrm(pollMs);
    const relay = crm.get(OutboxRelay);
    const connection = crm.get(AmqpConnection);
    const attempts = jest.spyOn(relay, 'relayBatch');
    // While failing, the relay waits at least 2 × pollMs between passes (then longer): the most it may try in `ms`.
    const allowedAttempts = (ms: number) => Math.floor(ms / (2 * pollMs)) + 1;
    const commitMany = async (label: string) => {
      const started = Date.now();
      for (let i = 0; i < 30; i++) {
        await publishIn(crm, label, i);
        await sleep(50);
      }
      return Date.now() - started;
    };
    try {
      proxy.cut();
      await waitFor(() => !connection.isConnected(), { what: 'crm to notice the broker is gone' });
      attempts.mockClear();
      const outage = await commitMany('gone-');
      expect(attempts.mock.calls.length).toBeLessThanOrEqual(allowedAttempts(outage));

      proxy.restore();
      await waitFor(() => onBroker('gone-').length === 30, { what: 'events of the outage delivered' });

      // Connected, but every pass fails (a broker refusing publishes, say): the first failure starts the backoff.
      attempts.mockClear();
      attempts.mockRejectedValue(new Error('publish refused'));
      const refusing = await commitMany('refused-');
      expect(attempts.mock.calls.length).toBeLessThanOrEqual(allowedAttempts(refusing));

      attempts.mockRestore();
      await waitFor(() => onBroker('refused-').length === 30, { what: 'refused events delivered once accepted' });
      expect(onBroker('refused-')).toEqual(Array.from({ length: 30 }, (_, i) => i));
    } finally {
      attempts.mockRestore();
      proxy.restore();
      await crm.close();
    }
  });
});
