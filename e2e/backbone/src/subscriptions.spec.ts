import { Injectable } from '@nestjs/common';
import { EventPublisher, OnEvent } from '@mab/messaging';
import {
  TEST_RETRY_DELAYS_MS,
  createTestBrokerNamespace,
  createTestDatabase,
  startRuntimeTestApp,
  waitFor,
  type TestDatabase,
} from '@mab/testing';
import { DataSource } from 'typeorm';
import { CREATE_EFFECTS_TABLE, WIDGET_CHANGED, WidgetEffects } from './fixtures';

@Injectable()
class UndeclaredHandler {
  @OnEvent('crm.something-nobody-declared.*.v1')
  async handle(): Promise<void> {}
}

describe('subscriptions declared in the contracts', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('subs');

  beforeAll(async () => {
    db = await createTestDatabase('subs');
  });

  afterAll(async () => {
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db.drop();
  });

  it('keeps an event for a consumer that has never started yet', async () => {
    // Only the producer runs: it declares the consumer's queue and binding from the subscription table.
    const crm = await startRuntimeTestApp({ service: 'crm', databaseUrl: db.url, prefix: broker.prefix });
    try {
      await crm
        .get(DataSource)
        .transaction((manager) =>
          crm.get(EventPublisher).publish(manager, WIDGET_CHANGED, { widget_id: 'early-bird', revision: 1 }),
        );
      await waitFor(
        async () =>
          Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM crm.outbox WHERE sent_at IS NULL'))[0].n) ===
          0,
        { what: 'published' },
      );
    } finally {
      await crm.close();
    }
    // The consumer starts later and still gets it.
    await db.query('CREATE SCHEMA IF NOT EXISTS analytics');
    await db.query(CREATE_EFFECTS_TABLE);
    const analytics = await startRuntimeTestApp({
      service: 'analytics',
      databaseUrl: db.url,
      prefix: broker.prefix,
      providers: [WidgetEffects],
    });
    try {
      await waitFor(() => analytics.get(WidgetEffects).of('early-bird').length === 1, {
        what: 'late consumer got the event',
      });
    } finally {
      await analytics.close();
    }
  });

  it('relays an event as soon as its transaction commits, not at the next poll', async () => {
    // A poll ten minutes away: only the after-commit nudge can deliver within the test.
    const crm = await startRuntimeTestApp({
      service: 'crm',
      databaseUrl: db.url,
      prefix: broker.prefix,
      env: { OUTBOX_POLL_MS: '600000' },
    });
    try {
      await new Promise((r) => setTimeout(r, 200)); // let the relay's start-up pass finish
      await crm
        .get(DataSource)
        .transaction((manager) =>
          crm.get(EventPublisher).publish(manager, WIDGET_CHANGED, { widget_id: 'nudged', revision: 1 }),
        );
      await waitFor(
        async () =>
          Number(
            (
              await db.query<{ n: string }>(
                "SELECT count(*) AS n FROM crm.outbox WHERE sent_at IS NULL AND envelope->'payload'->>'widget_id' = 'nudged'",
              )
            )[0].n,
          ) === 0,
        { what: 'relayed on commit' },
      );
    } finally {
      await crm.close();
    }
  });

  it('refuses to boot a consumer whose handler pattern is not declared', async () => {
    await expect(
      startRuntimeTestApp({
        service: 'template',
        databaseUrl: db.url,
        prefix: broker.prefix,
        providers: [UndeclaredHandler],
      }),
    ).rejects.toThrow(/declares no such subscription/);
  });
});
