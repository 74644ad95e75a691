import { signUp, startPlatform, waitFor, type Platform, type SignedUp } from '@mab/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Durability with real processes: an engine killed with SIGKILL in the middle of 200 executions (each with a
 * wait) comes back and finishes every one with no side effect twice; two engines share the work, each step
 * running once.
 */
describe('workflow durability', () => {
  let platform: Platform;
  let a: SignedUp;
  let server: Server;
  let port: number;
  const hits = new Map<string, number>();

  const statusCounts = async (workflowId: string) => {
    const rows = await platform.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM workflow_engine.executions WHERE workflow_id = $1 GROUP BY status',
      [workflowId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
  };

  const startMany = async (workflowId: string, count: number, data: (i: number) => object) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, count - i) }, (_, j) =>
          a.api.post(`/api/workflows/${workflowId}/execute`, { trigger_data: data(i + j) }),
        ),
      );
      for (const res of batch) {
        expect(res.status).toBe(202);
        ids.push(res.body.execution_id);
      }
    }
    return ids;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const key = String(req.headers['idempotency-key'] ?? 'none');
      hits.set(key, (hits.get(key) ?? 0) + 1);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    platform = await startPlatform({
      services: ['gateway', 'crm', 'workflow-engine'],
      label: 'durability',
      env: { STEP_LEASE_MS: '2000', ENGINE_POLL_MS: '50', OUTBOUND_ALLOWED_HOSTS: `127.0.0.1:${port}` },
    });
    a = await signUp(platform.gatewayUrl, 'durable');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    server?.close();
  });

  it('finishes all 200 executions after the engine is killed mid-way, with no email sent twice', async () => {
    const created = await a.api.post('/api/workflows', {
      name: 'Welcome after a pause',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'create_contact', type: 'add_to_crm', config: { email: '{{ trigger.email }}', name: 'Kill Test' } },
        { id: 'pause', type: 'delay', config: { duration_seconds: 3 } },
        {
          id: 'welcome',
          type: 'send_email',
          config: { template: 'welcome-email', contact_id: '{{ steps.create_contact.output.contact.id }}' },
        },
      ],
      edges: [
        { source: 'trigger', target: 'create_contact' },
        { source: 'create_contact', target: 'pause' },
        { source: 'pause', target: 'welcome' },
      ],
    });
    expect(created.status).toBe(201);
    const workflowId = created.body.id;
    const ids = await startMany(workflowId, 200, (i) => ({ email: `k${i}@kill.example` }));
    expect(new Set(ids).size).toBe(200);

    // Mid-way: some executions are waiting on their timer, some steps are running.
    await waitFor(async () => {
      const [{ n }] = await platform.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM workflow_engine.execution_steps s JOIN workflow_engine.executions e
           ON e.id = s.execution_id WHERE e.workflow_id = $1 AND s.node_id = 'pause' AND s.status = 'waiting'`,
        [workflowId],
      );
      return n > 20 || null;
    });
    const killed = await platform.kill('workflow-engine', 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const before = await statusCounts(workflowId);
    expect(before.completed ?? 0).toBeLessThan(200);
    await platform.start('workflow-engine');

    await waitFor(async () => ((await statusCounts(workflowId)).completed === 200 ? true : null), {
      timeoutMs: 90_000,
      intervalMs: 500,
      what: 'all 200 executions to complete',
    });
    expect(await statusCounts(workflowId)).toEqual({ completed: 200 });
    const [sends] = await platform.db.query<{ n: number; distinct_contacts: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT contact_id)::int AS distinct_contacts
         FROM crm.email_sends WHERE workspace_id = $1`,
      [a.workspaceId],
    );
    expect(sends).toEqual({ n: 200, distinct_contacts: 200 });
    const [contacts] = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM crm.contacts WHERE workspace_id = $1 AND email LIKE '%@kill.example'`,
      [a.workspaceId],
    );
    expect(contacts.n).toBe(200);
  }, 180_000);

  it('shares the work between two engine processes, each step running once', async () => {
    await platform.start('workflow-engine', '2');
    const created = await a.api.post('/api/workflows', {
      name: 'Two calls',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'first', type: 'http_request', config: { method: 'POST', url: `http://127.0.0.1:${port}/first` } },
        { id: 'pause', type: 'delay', config: { duration_seconds: 1 } },
        { id: 'second', type: 'http_request', config: { method: 'POST', url: `http://127.0.0.1:${port}/second` } },
      ],
      edges: [
        { source: 'trigger', target: 'first' },
        { source: 'first', target: 'pause' },
        { source: 'pause', target: 'second' },
      ],
    });
    const workflowId = created.body.id;
    const ids = await startMany(workflowId, 100, () => ({}));
    await waitFor(async () => ((await statusCounts(workflowId)).completed === 100 ? true : null), {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'all 100 executions to complete',
    });
    for (const id of ids) {
      expect([id, hits.get(`${id}:first`)]).toEqual([id, 1]);
      expect([id, hits.get(`${id}:second`)]).toEqual([id, 1]);
    }
    const workers = await platform.db.query<{ worker: string; n: number }>(
      `SELECT s.worker, count(*)::int AS n FROM workflow_engine.execution_steps s
         JOIN workflow_engine.executions e ON e.id = s.execution_id
        WHERE e.workflow_id = $1 AND s.node_type = 'http_request' GROUP BY s.worker`,
      [workflowId],
    );
    expect(workers.length).toBe(2);
    expect(workers.reduce((sum, w) => sum + w.n, 0)).toBe(200);
  }, 120_000);

  it('fires a schedule once per slot with two engines, and catches up a missed slot once', async () => {
    const created = await a.api.post('/api/workflows', {
      name: 'Every second',
      nodes: [
        { id: 'trigger', type: 'schedule', config: { cron: '* * * * * *', timezone: 'Europe/Paris' } },
        { id: 'note', type: 'set', config: { values: { at: '{{ trigger.scheduled_at }}' } } },
      ],
      edges: [{ source: 'trigger', target: 'note' }],
    });
    expect(created.status).toBe(201);
    const workflowId = created.body.id;
    const slots = async () =>
      (
        await platform.db.query<{ slot: string; n: number }>(
          `SELECT trigger_data->>'scheduled_at' AS slot, count(*)::int AS n FROM workflow_engine.executions
            WHERE workflow_id = $1 GROUP BY 1 ORDER BY 1`,
          [workflowId],
        )
      ).map((r) => ({ at: Date.parse(r.slot), n: r.n }));
    await a.api.post(`/api/workflows/${workflowId}/activate`);
    await new Promise((r) => setTimeout(r, 4_000));
    const fired = await slots();
    expect(fired.length).toBeGreaterThanOrEqual(2);
    expect(fired.length).toBeLessThanOrEqual(5);
    expect(fired.every((s) => s.n === 1)).toBe(true);

    // Everything down for a while: the slots missed meanwhile are caught up once, not once each.
    await Promise.all([platform.kill('workflow-engine'), platform.kill('workflow-engine#2')]);
    const before = await slots();
    await new Promise((r) => setTimeout(r, 4_000));
    const upAt = Date.now();
    await platform.start('workflow-engine');
    await new Promise((r) => setTimeout(r, 2_500));
    await a.api.post(`/api/workflows/${workflowId}/deactivate`);
    const after = await slots();
    expect(after.every((s) => s.n === 1)).toBe(true);
    const since = after.filter((s) => !before.some((b) => b.at === s.at));
    // One execution for the four seconds missed (its slot is the first one missed), then the schedule goes on.
    expect(since.filter((s) => s.at < upAt)).toHaveLength(1);
    expect(since.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
