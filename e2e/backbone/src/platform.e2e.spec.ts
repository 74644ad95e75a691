import type { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { BACKEND_SERVICES, EMIT_PROBE_COMMANDS, PROBE_STATUS_COMMANDS, SERVICE_NAMES } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { runWithContext } from '@mab/observability';
import {
  createTestDatabase,
  ensureBuilt,
  mainOf,
  startPlatform,
  startRuntimeTestApp,
  waitFor,
  type Platform,
} from '@mab/testing';

const root = path.resolve(__dirname, '../../..');

/**
 * The whole platform as it runs for real: the six built services as separate processes on one database and one
 * broker namespace. Proves readiness over the broker, an event crossing processes through outbox and inboxes with
 * its correlation id, and a clean SIGTERM shutdown of every process.
 */
describe('platform end to end (six processes)', () => {
  let platform: Platform;
  let client: INestApplication;
  const running = () => [...platform.processes.values()];

  beforeAll(async () => {
    // Debug logs: the correlation test reads the services' "answered …" lines.
    platform = await startPlatform({ label: 'e2e', env: { LOG_LEVEL: 'debug' } });
    client = await startRuntimeTestApp({ service: 'gateway', databaseUrl: platform.db.url, prefix: platform.prefix });
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  const gatewayUrl = () => platform.gatewayUrl;

  it('reports ready once every service answers over the broker; each created only its own schema', async () => {
    const body = await waitFor(
      async () => {
        const res = await fetch(`${gatewayUrl()}/health/ready`, { headers: { 'x-correlation-id': 'e2e-ready-1' } });
        return res.status === 200 ? ((await res.json()) as { details: Record<string, { status: string }> }) : null;
      },
      { timeoutMs: 90_000, intervalMs: 500, what: 'gateway readiness' },
    );
    for (const service of BACKEND_SERVICES) expect(body.details[service].status).toBe('up');
    expect(await platform.db.schemas()).toEqual(['ai', 'analytics', 'crm', 'gateway', 'template', 'workflow_engine']);
  });

  it("carries the HTTP correlation id into the pings and the other processes' log lines", async () => {
    const res = await fetch(`${gatewayUrl()}/health/ready`, { headers: { 'x-correlation-id': 'e2e-ready-2' } });
    expect(res.headers.get('x-correlation-id')).toBe('e2e-ready-2');
    const crm = platform.processes.get('crm')!;
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

  it("delivers an event from one service's outbox to every other service's inbox", async () => {
    const probeId = randomUUID();
    const messaging = client.get(ServiceClient);
    const emitted = await runWithContext({ correlationId: 'e2e-probe-1' }, () =>
      messaging.request(EMIT_PROBE_COMMANDS.crm, { probe_id: probeId }),
    );
    expect(emitted).toEqual({ probe_id: probeId, event_id: probeId });
    for (const service of BACKEND_SERVICES) {
      await waitFor(
        async () =>
          (await messaging.request(PROBE_STATUS_COMMANDS[service], { probe_id: probeId, from_service: 'crm' }))
            .received,
        { what: `${service} to receive the probe` },
      );
    }
    const analytics = platform.processes.get('analytics')!;
    expect(
      analytics.output.some(
        (l) => l.includes('"correlation_id":"e2e-probe-1"') && l.includes('handled crm.probe.emitted.v1'),
      ),
    ).toBe(true);
  });

  it('stops every process gracefully on SIGTERM', async () => {
    const exits = await Promise.all(SERVICE_NAMES.map((service) => platform.kill(service, 'SIGTERM')));
    // Nest re-raises the signal after its shutdown hooks ran, so "graceful" is exit by SIGTERM (or 0), never SIGKILL.
    for (const e of exits) expect(e.code === 0 || e.signal === 'SIGTERM').toBe(true);
    for (const r of running()) expect(r.output.some((l) => l.includes('shutting down (SIGTERM)'))).toBe(true);
  });
});

describe('migration command (the Kubernetes Job)', () => {
  it("applies a service's migrations into its own schema and exits 0, twice in a row", async () => {
    ensureBuilt();
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
      // Exactly the service's own list, in order (read from the built app the command ran).
      const { CRM_MIGRATIONS } = (await import(path.join(root, 'dist/apps/crm/src/migrations/index.js'))) as {
        CRM_MIGRATIONS: (new () => { name: string })[];
      };
      expect(applied.map((m) => m.name)).toEqual(CRM_MIGRATIONS.map((Migration) => new Migration().name));
      expect(applied.slice(0, 2).map((m) => m.name)).toEqual([
        'MessagingTables1763769600000',
        'CommandInbox1763769600001',
      ]);
    } finally {
      await db.drop();
    }
  });
});
