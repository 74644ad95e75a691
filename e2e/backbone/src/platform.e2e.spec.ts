import type { INestApplication } from '@nestjs/common';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { BACKEND_SERVICES, EMIT_PROBE_COMMANDS, PROBE_STATUS_COMMANDS, SERVICE_NAMES } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { runWithContext } from '@mab/observability';
import {
  TEST_AMQP_URL,
  TEST_RETRY_DELAYS_MS,
  createTestBrokerNamespace,
  createTestDatabase,
  startRuntimeTestApp,
  waitFor,
  type TestDatabase,
} from '@mab/testing';

const root = path.resolve(__dirname, '../../..');
const mainOf = (service: string) => path.join(root, 'dist/apps', service, 'src/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  service: string;
  port: number;
  child: ChildProcess;
  output: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The whole platform as it runs for real: the six built services as separate processes on one database and one
 * broker namespace. Proves readiness over the broker, an event crossing processes through outbox and inboxes with
 * its correlation id, and a clean SIGTERM shutdown of every process.
 */
describe('platform end to end (six processes)', () => {
  let db: TestDatabase;
  const broker = createTestBrokerNamespace('e2e');
  const running: Running[] = [];
  let client: INestApplication;

  beforeAll(async () => {
    if (!existsSync(mainOf('gateway'))) {
      // npm test builds first; a lone `nx test gateway` may not have.
      const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('build failed');
    }
    db = await createTestDatabase('e2e');
    for (const service of SERVICE_NAMES) {
      const port = await freePort();
      const output: string[] = [];
      const child = spawn(process.execPath, [mainOf(service)], {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: db.url,
          AMQP_URL: TEST_AMQP_URL,
          AMQP_PREFIX: broker.prefix,
          RETRY_DELAYS_MS: TEST_RETRY_DELAYS_MS.join(','),
          OUTBOX_POLL_MS: '100',
          DB_POOL_SIZE: '3',
          LOG_LEVEL: 'debug',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => output.push(...String(d).split('\n').filter(Boolean)));
      child.stderr!.on('data', (d) => output.push(...String(d).split('\n').filter(Boolean)));
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      running.push({ service, port, child, output, exit });
    }
    client = await startRuntimeTestApp({ service: 'gateway', databaseUrl: db.url, prefix: broker.prefix });
  }, 120_000);

  afterAll(async () => {
    for (const r of running) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await client?.close();
    await broker.cleanup(TEST_RETRY_DELAYS_MS);
    await db?.drop();
  });

  const gatewayUrl = () => `http://127.0.0.1:${running.find((r) => r.service === 'gateway')!.port}`;

  it('reports ready once every service answers over the broker; each created only its own schema', async () => {
    const body = await waitFor(
      async () => {
        const res = await fetch(`${gatewayUrl()}/health/ready`, { headers: { 'x-correlation-id': 'e2e-ready-1' } });
        return res.status === 200 ? ((await res.json()) as { details: Record<string, { status: string }> }) : null;
      },
      { timeoutMs: 90_000, intervalMs: 500, what: 'gateway readiness' },
    );
    for (const service of BACKEND_SERVICES) expect(body.details[service].status).toBe('up');
    expect(await db.schemas()).toEqual(['ai', 'analytics', 'crm', 'gateway', 'template', 'workflow_engine']);
  });

  it('carries the HTTP correlation id into the pings and the other processes\' log lines', async () => {
    const res = await fetch(`${gatewayUrl()}/health/ready`, { headers: { 'x-correlation-id': 'e2e-ready-2' } });
    expect(res.headers.get('x-correlation-id')).toBe('e2e-ready-2');
    const crm = running.find((r) => r.service === 'crm')!;
    const line = await waitFor(
      () =>
        crm.output
          .map((l) => {
            try {
              return JSON.parse(l);
            } catch {
              return null;
            }
          })
          .find((l) => l?.correlation_id === 'e2e-ready-2' && /answered crm\.system\.ping/.test(l.msg)),
      { what: 'crm log line with the request correlation id' },
    );
    expect(line).toMatchObject({ service: 'crm', level: 'debug' });
  });

  it('delivers an event from one service\'s outbox to every other service\'s inbox', async () => {
    const probeId = randomUUID();
    const messaging = client.get(ServiceClient);
    const emitted = await runWithContext({ correlationId: 'e2e-probe-1' }, () =>
      messaging.request(EMIT_PROBE_COMMANDS.crm, { probe_id: probeId }),
    );
    expect(emitted).toEqual({ probe_id: probeId, event_id: probeId });
    for (const service of BACKEND_SERVICES) {
      await waitFor(
        async () =>
          (await messaging.request(PROBE_STATUS_COMMANDS[service], { probe_id: probeId, from_service: 'crm' })).received,
        { what: `${service} to receive the probe` },
      );
    }
    const analytics = running.find((r) => r.service === 'analytics')!;
    expect(
      analytics.output.some((l) => l.includes('"correlation_id":"e2e-probe-1"') && l.includes('handled crm.probe.emitted.v1')),
    ).toBe(true);
  });

  it('stops every process gracefully on SIGTERM', async () => {
    for (const r of running) r.child.kill('SIGTERM');
    const exits = await Promise.all(running.map((r) => r.exit));
    // Nest re-raises the signal after its shutdown hooks ran, so "graceful" is exit by SIGTERM (or 0), never SIGKILL.
    for (const e of exits) expect(e.code === 0 || e.signal === 'SIGTERM').toBe(true);
    for (const r of running) expect(r.output.some((l) => l.includes('shutting down (SIGTERM)'))).toBe(true);
  });
});

describe('migration command (the Kubernetes Job)', () => {
  it('applies a service\'s migrations into its own schema and exits 0, twice in a row', async () => {
    if (!existsSync(mainOf('crm'))) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('build failed');
    }
    const db = await createTestDatabase('migrate');
    try {
      for (let run = 0; run < 2; run++) {
        const result = spawnSync(process.execPath, [mainOf('crm'), 'migrate'], {
          cwd: root,
          env: { PATH: process.env.PATH, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
        expect(JSON.parse(result.stdout.trim())).toMatchObject({ service: 'crm', msg: 'migrations applied' });
      }
      expect(await db.schemas()).toEqual(['crm']);
      const applied = await db.query<{ name: string }>('SELECT name FROM crm.migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toEqual(['MessagingTables1763769600000', 'CommandInbox1763769600001']);
    } finally {
      await db.drop();
    }
  });
});
