import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  TEST_RETRY_DELAYS_MS,
  type TestDatabase,
} from '@mab/testing';
import { gatewayService } from '../gateway.service';

export interface GatewayHarness {
  db: TestDatabase;
  prefix: string;
  redisPrefix: string;
  app: INestApplication;
  url: string;
  http: () => ReturnType<typeof request>;
  /** Another gateway instance on the same database, broker and Redis (replicas). */
  startReplica(overrides?: Record<string, string>): Promise<{ app: INestApplication; http: () => ReturnType<typeof request> }>;
  close(): Promise<void>;
}

/** A gateway on a fresh database, broker namespace and Redis key prefix. */
export async function startGateway(overrides: Record<string, string> = {}): Promise<GatewayHarness> {
  const db = await createTestDatabase('gw');
  const broker = createTestBrokerNamespace('gw');
  const redisPrefix = `test:${randomBytes(4).toString('hex')}:`;
  const extra: INestApplication[] = [];
  const envFor = (more: Record<string, string>) =>
    testEnv(gatewayService.envSchema, 'gateway', {
      databaseUrl: db.url,
      prefix: broker.prefix,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: redisPrefix,
      READINESS_PING_TIMEOUT_MS: '500',
      REQUEST_TIMEOUT_MS: '1500',
      ...overrides,
      ...more,
    });
  const { app, url } = await startTestService(gatewayService, envFor({}));
  return {
    db,
    prefix: broker.prefix,
    redisPrefix,
    app,
    url,
    http: () => request(app.getHttpServer()),
    async startReplica(more = {}) {
      const replica = await startTestService(gatewayService, envFor(more));
      extra.push(replica.app);
      return { app: replica.app, http: () => request(replica.app.getHttpServer()) };
    },
    async close() {
      for (const a of extra) await a.close();
      await app.close();
      await broker.cleanup(TEST_RETRY_DELAYS_MS);
      await db.drop();
    },
  };
}

let counter = 0;
export function uniqueEmail(label = 'user'): string {
  return `${label}-${Date.now().toString(36)}-${++counter}@example.com`;
}

export interface Session {
  email: string;
  password: string;
  access: string;
  refresh: string;
  userId: string;
  workspaceId: string;
}

export async function registerUser(gw: Pick<GatewayHarness, 'http'>, label = 'user', workspace?: string): Promise<Session> {
  const email = uniqueEmail(label);
  const password = 'correct horse battery staple';
  const res = await gw
    .http()
    .post('/api/auth/register')
    .send({ email, password, name: label, ...(workspace ? { workspace_name: workspace } : {}) })
    .expect(201);
  return {
    email,
    password,
    access: res.body.access_token,
    refresh: res.body.refresh_token,
    userId: res.body.user.id,
    workspaceId: res.body.workspace.id,
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
