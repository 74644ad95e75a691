import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  TEST_RETRY_DELAYS_MS,
  type TestDatabase,
} from '@mab/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { analyticsApp } from '../analytics.app';

export interface AnalyticsHarness {
  db: TestDatabase;
  app: INestApplicationContext;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The analytics service on its own database and broker namespace, as its specs run it. */
export async function startAnalytics(label: string): Promise<AnalyticsHarness> {
  const db = await createTestDatabase(label);
  const broker = createTestBrokerNamespace(label);
  const env = testEnv(analyticsApp.envSchema, 'analytics', { databaseUrl: db.url, prefix: broker.prefix });
  const { app } = await startTestService(analyticsApp, env);
  return {
    db,
    app,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    },
  };
}
