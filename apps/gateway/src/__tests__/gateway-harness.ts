import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  createTestBrokerNamespace,
  createTestDatabase,
  startTestService,
  testEnv,
  throughProxy,
  TEST_RETRY_DELAYS_MS,
  type TcpProxy,
  type TestDatabase,
} from '@mab/testing';
import { gatewayApp } from '../gateway.app';

export interface GatewayHarness {
  db: TestDatabase;
  prefix: string;
  redisPrefix: string;
  app: INestApplication;
  url: string;
  http: () => ReturnType<typeof request>;
  /** Another gateway instance on the same database, broker and Redis (replicas). */
  startReplica(
    overrides?: Record<string, string>,
  ): Promise<{ app: INestApplication; http: () => ReturnType<typeof request> }>;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** A started proxy in front of PostgreSQL: the gateway reaches its database through it, so a test can cut it. */
  databaseProxy?: TcpProxy;
}

/** A gateway on a fresh database, broker namespace and Redis key prefix. */
export async function startGateway(
  overrides: Record<string, string> = {},
  { databaseProxy }: GatewayOptions = {},
): Promise<GatewayHarness> {
  const db = await createTestDatabase('gw');
  const broker = createTestBrokerNamespace('gw');
  const redisPrefix = `test:${randomBytes(4).toString('hex')}:`;
  const extra: INestApplication[] = [];
  const envFor = (more: Record<string, string>) =>
    testEnv(gatewayApp.envSchema, 'gateway', {
      // The database itself is made (and dropped) directly; only the gateway's own connections take the proxy.
      databaseUrl: databaseProxy ? throughProxy(db.url, databaseProxy.port) : db.url,
      prefix: broker.prefix,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: redisPrefix,
      READINESS_PING_TIMEOUT_MS: '500',
      REQUEST_TIMEOUT_MS: '1500',
      // Every auth route shares one budget per client IP, and a suite registers and signs in many users from
      // 127.0.0.1; the limits themselves are tested with their own values in rate-limit.spec.ts.
      AUTH_RATE_LIMIT: '1000',
      ...overrides,
      ...more,
    });
  const { app, url } = await startTestService(gatewayApp, envFor({}));
  return {
    db,
    prefix: broker.prefix,
    redisPrefix,
    app,
    url,
    http: () => request(app.getHttpServer()),
    async startReplica(more = {}) {
      const replica = await startTestService(gatewayApp, envFor(more));
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

export async function registerUser(
  gw: Pick<GatewayHarness, 'http'>,
  label = 'user',
  workspace?: string,
): Promise<Session> {
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

/**
 * A site the gateway believes published (a row of its site directory, as the template service's events would
 * write it), for tests of public ingestion without the template service. Returns its id.
 */
export async function publishedSite(
  gw: GatewayHarness,
  site: { workspaceId?: string; componentIds?: string[] } = {},
): Promise<string> {
  const siteId = randomUUID();
  await gw.db.query(
    `INSERT INTO gateway.site_directory
       ("site_id", "workspace_id", "revision", "public_slug", "published_version", "pages", "component_ids",
        "deleted", "updated_at")
     VALUES ($1, $2, 3, NULL, 1, '{/}', $3, false, now())`,
    [siteId, site.workspaceId ?? randomUUID(), site.componentIds ?? []],
  );
  return siteId;
}
