import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  TEST_RETRY_DELAYS_MS,
  type TestDatabase,
} from '@mab/testing';
import type { INestApplicationContext } from '@nestjs/common';
import type { SiteEventReceivedV1 } from '@mab/contracts';
import { DataSource } from 'typeorm';
import { analyticsApp } from '../analytics.app';
import { siteFactOf } from '../site-facts/site-fact';
import { recordSiteFact } from '../site-facts/site-rollups';

export interface AnalyticsHarness {
  db: TestDatabase;
  app: INestApplicationContext;
  dataSource: DataSource;
  /** A site and its components (id → type) as the template service's events would have left them. */
  addSite(workspaceId: string, siteId: string, components: Record<string, string>): Promise<void>;
  /** One published-site event recorded as its consumer does (true when it was new). */
  record(event: SiteEventReceivedV1): Promise<boolean>;
  close(): Promise<void>;
}

/** The analytics service on its own database and broker namespace, as its specs run it. */
export async function startAnalytics(label: string): Promise<AnalyticsHarness> {
  const db = await createTestDatabase(label);
  const broker = createTestBrokerNamespace(label);
  const env = testEnv(analyticsApp.envSchema, 'analytics', { databaseUrl: db.url, prefix: broker.prefix });
  const { app } = await startTestService(analyticsApp, env);
  const dataSource = app.get(DataSource);
  return {
    db,
    app,
    dataSource,
    addSite: async (workspaceId, siteId, components) => {
      await db.query(`INSERT INTO analytics.sites ("workspace_id", "site_id") VALUES ($1, $2)`, [workspaceId, siteId]);
      for (const [componentId, type] of Object.entries(components))
        await db.query(
          `INSERT INTO analytics.components ("workspace_id", "component_id", "site_id", "type") VALUES ($1, $2, $3, $4)`,
          [workspaceId, componentId, siteId, type],
        );
    },
    record: (event) => dataSource.transaction((m) => recordSiteFact(m, siteFactOf(event, event.workspace_id))),
    close: async () => {
      await app.close();
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    },
  };
}
