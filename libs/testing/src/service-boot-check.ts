import type { ServiceEnv } from '@mab/config';
import { schemaNameFor } from '@mab/persistence';
import type { ServiceDefinition } from '@mab/runtime';
import { createTestBrokerNamespace } from './test-broker';
import { createTestDatabase } from './test-database';
import { startTestService, testEnv, TEST_RETRY_DELAYS_MS } from './test-service';

/**
 * Boots one service alone against a brand-new database and broker namespace and checks what every service must
 * do: migrate its own schema and nothing else, answer liveness and readiness (database and broker up), expose
 * Prometheus metrics, and close cleanly.
 */
export async function expectServiceBootsAlone<E extends ServiceEnv>(definition: ServiceDefinition<E>): Promise<void> {
  const db = await createTestDatabase(definition.service);
  const broker = createTestBrokerNamespace('boot');
  const env = testEnv(definition.envSchema, definition.service, { databaseUrl: db.url, prefix: broker.prefix });
  try {
    expect(await db.schemas()).toEqual([]);
    const { app, url } = await startTestService(definition, env);
    try {
      const schema = schemaNameFor(definition.service);
      expect(await db.schemas()).toEqual([schema]);
      const tables = await db.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['inbox', 'migrations', 'outbox']));

      const live = await fetch(`${url}/health`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${url}/health/ready`);
      const body = (await ready.json()) as { status: string; details: Record<string, { status: string }> };
      expect(body.details.database.status).toBe('up');
      expect(body.details.broker.status).toBe('up');
      if (definition.service !== 'gateway') {
        expect(ready.status).toBe(200);
        expect(body.status).toBe('ok');
      }

      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain(`service="${definition.service}"`);
      expect(metrics).toContain('http_requests_total');
      expect(metrics).toContain('outbox_pending_messages');
    } finally {
      await app.close();
    }
  } finally {
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db.drop();
  }
}
