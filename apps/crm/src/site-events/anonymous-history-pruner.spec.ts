import { randomUUID } from 'node:crypto';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  TEST_RETRY_DELAYS_MS,
} from '@mab/testing';
import { crmApp } from '../crm.app';
import { AnonymousHistoryPruner } from './anonymous-history-pruner';

describe('anonymous page-view retention', () => {
  it("prunes anonymous views past the retention, and keeps recent ones and every contact's history", async () => {
    const db = await createTestDatabase('crm-prune');
    const broker = createTestBrokerNamespace('crm-prune');
    const env = testEnv(crmApp.envSchema, 'crm', {
      databaseUrl: db.url,
      prefix: broker.prefix,
      CRM_ANONYMOUS_HISTORY_DAYS: '30',
    });
    const { app } = await startTestService(crmApp, env);
    try {
      const workspace = randomUUID();
      const [contact] = await db.query<{ id: string }>(
        `INSERT INTO crm.contacts ("workspace_id", "email") VALUES ($1, 'known@example.com') RETURNING "id"`,
        [workspace],
      );
      const view = (contactId: string | null, daysAgo: number, visitor: string) =>
        db.query(
          `INSERT INTO crm.activities ("workspace_id", "contact_id", "visitor_id", "type", "occurred_at", "data")
           VALUES ($1, $2, $3, 'page_view', now() - make_interval(days => $4), '{}')`,
          [workspace, contactId, visitor, daysAgo],
        );
      for (let i = 0; i < 7; i += 1) await view(null, 31 + i, 'gone');
      await view(null, 29, 'waiting');
      await view(contact.id, 400, 'known');

      expect(await app.get(AnonymousHistoryPruner).pruneOnce()).toBe(7);
      const left = await db.query<{ visitor_id: string }>(
        'SELECT "visitor_id" FROM crm.activities ORDER BY "visitor_id"',
      );
      expect(left.map((r) => r.visitor_id)).toEqual(['known', 'waiting']);
    } finally {
      await app.close();
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    }
  }, 60_000);
});
