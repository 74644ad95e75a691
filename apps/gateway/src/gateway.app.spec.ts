import type { INestApplication } from '@nestjs/common';
import { BACKEND_SERVICES } from '@mab/contracts';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  TEST_RETRY_DELAYS_MS,
  type TestDatabase,
} from '@mab/testing';
import { gatewayApp } from './gateway.app';

describe('gateway service', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('gw');
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('gateway');
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db.drop();
  });

  it('boots alone, creates only its own schema, and is not ready while backend services are missing', async () => {
    const env = testEnv(gatewayApp.envSchema, 'gateway', {
      databaseUrl: db.url,
      prefix: broker.prefix,
      READINESS_PING_TIMEOUT_MS: '500',
    });
    const { app, url } = await startTestService(gatewayApp, env);
    apps.push(app);
    expect(await db.schemas()).toEqual(['gateway']);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { error: Record<string, { status: string }>; info: Record<string, unknown> };
    expect(Object.keys(body.info)).toEqual(expect.arrayContaining(['database', 'broker']));
    expect(Object.keys(body.error).sort()).toEqual([...BACKEND_SERVICES].sort());
  });
});
