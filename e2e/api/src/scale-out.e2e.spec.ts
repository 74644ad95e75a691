import { randomUUID } from 'node:crypto';
import { SERVICE_NAMES } from '@mab/contracts';
import {
  ApiClient,
  openLiveSocket,
  signUp,
  startPlatform,
  waitFor,
  type LiveSocketClient,
  type Platform,
  type SignedUp,
} from '@mab/testing';

/** The sum of a Prometheus counter's samples (optionally only those whose labels contain `labelFilter`). */
async function counterSum(url: string, metric: string, labelFilter = ''): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${metric}{`) || !line.includes(labelFilter)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/**
 * Horizontal scale on one machine: two processes of every service (their own ports, the same database and broker).
 * The magic moment still happens once per visitor, with a submission sent twice through both gateways still one
 * execution, and the work spread over both processes of every service.
 */
describe('two instances of every service', () => {
  let platform: Platform;
  let owner: SignedUp;
  let second: ApiClient;
  let live: LiveSocketClient;
  const VISITORS = 24;

  beforeAll(async () => {
    platform = await startPlatform({ label: 'scale' });
    await Promise.all(SERVICE_NAMES.filter((s) => s !== 'gateway').map((s) => platform.start(s, '2')));
    await platform.start('gateway', '2');
    owner = await signUp(platform.gatewayUrl, 'scale');
    second = new ApiClient(platform.processes.get('gateway#2')!.url).as({ token: owner.accessToken });
  }, 180_000);

  afterAll(async () => {
    live?.close();
    await platform?.close();
  });

  it('completes the magic moment once per visitor with the work shared by both instances', async () => {
    const gateways = [owner.api, second];
    const publicUrls = [platform.gatewayUrl, platform.processes.get('gateway#2')!.url];
    const templates = await second.get('/api/templates?category=professional_services');
    const made = await owner.api.post(`/api/templates/${templates.body.items[0].id}/instantiate`, {
      customizations: { company_name: 'Twice & Co.', contact_email: 'team@twice.example' },
    });
    expect(made.status).toBe(201);
    const site = made.body.site;
    const form = made.body.components.find((c: { type: string }) => c.type === 'contact_form');
    // Suggestions asked through both gateways (each served by whichever ai process takes the command).
    const suggestions = await Promise.all(
      gateways.map((api) => api.post('/api/ai/suggest-workflows', { component_id: form.id })),
    );
    for (const s of suggestions) expect(s.status).toBe(200);
    const top = suggestions[1].body.suggestions[0];
    const workflow = (await second.post('/api/workflows', { name: top.name, ...top.workflow_template })).body;
    expect((await owner.api.post(`/api/workflows/${workflow.id}/activate`)).body.active).toBe(true);
    const published = await second.post(`/api/sites/${site.id}/publish`);
    expect(published.status).toBe(200);
    const pagePath = new URL(published.body.url).pathname;
    // Both gateways learn of the publication from the broker and serve the page.
    for (const base of publicUrls)
      await waitFor(async () => ((await fetch(`${base}${pagePath}`)).status === 200 ? true : null), {
        what: `the page on ${base}`,
      });

    // A dashboard on the second gateway.
    live = openLiveSocket(`${publicUrls[1].replace(/^http/, 'ws')}/api/ws`, {
      headers: { Authorization: `Bearer ${owner.accessToken}` },
    });
    expect(await live.opened).toEqual({ ok: true });
    live.send('subscribe', { topics: [`workflow:${workflow.id}`] });
    await live.next((f) => f.event === 'subscribed');

    // Visitors, alternating gateways, as their pages send; every submission is sent twice, once through each
    // gateway (a retry after a lost answer), and must still count and run once.
    const post = (base: string, body: object) =>
      fetch(`${base}/api/public/sites/${site.id}/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await Promise.all(
      Array.from({ length: VISITORS }, async (_, i) => {
        const visitor = `scale-visitor-${i}`;
        const base = publicUrls[i % 2];
        const view = await post(base, { type: 'page_view', page: form.page, visitor_id: visitor });
        expect(view.status).toBe(202);
        const submission = {
          type: 'form_submission',
          event_id: randomUUID(),
          component_id: form.id,
          page: form.page,
          visitor_id: visitor,
          data: { form_data: { name: `Visitor ${i}`, email: `v${i}@scale.example`, message: 'Hello' } },
        };
        for (const again of [base, publicUrls[(i + 1) % 2]]) expect((await post(again, submission)).status).toBe(202);
      }),
    );

    const executions = await waitFor(
      async () => {
        const res = await owner.api.get(`/api/workflows/${workflow.id}/executions?limit=100`);
        const items = res.body.items as { id: string; status: string }[];
        return items.length >= VISITORS && items.every((e) => e.status === 'completed') ? items : null;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'every execution to complete' },
    );
    expect(executions).toHaveLength(VISITORS);
    // Each step ran once.
    const detail = await owner.api.get(`/api/executions/${executions[0].id}`);
    for (const step of detail.body.steps)
      expect([step.node_id, step.status, step.attempts]).toEqual([step.node_id, 'succeeded', 1]);

    // One contact per visitor, each with one submission on its timeline and the workflow's emails once.
    const contacts = await owner.api.get('/api/crm/contacts?q=scale.example&limit=100');
    expect(contacts.body.total).toBe(VISITORS);
    const sendNodes = workflow.nodes.filter((n: { type: string }) => n.type === 'send_email').length;
    for (const contact of contacts.body.items.slice(0, 4)) {
      const activities = await second.get(`/api/crm/contacts/${contact.id}/activities?type=form_submission`);
      expect(activities.body.total).toBe(1);
    }
    const emails = await waitFor(async () => {
      const res = await owner.api.get('/api/crm/emails?limit=200');
      return res.body.total >= VISITORS * sendNodes ? res.body : null;
    });
    expect(emails.total).toBe(VISITORS * sendNodes);

    // Analytics counted each view and submission once.
    const report = await waitFor(async () => {
      const res = await second.get(`/api/analytics/sites/${site.id}?granularity=day`);
      return res.body.totals?.form_submissions >= VISITORS && res.body.totals.page_views >= VISITORS ? res.body : null;
    });
    expect(report.totals).toMatchObject({ page_views: VISITORS, form_submissions: VISITORS, visitors: VISITORS });

    // The dashboard on the second gateway saw each run complete once.
    await waitFor(
      () =>
        new Set(
          live.frames
            .filter((f) => f.event === 'workflow-engine.execution.completed.v1')
            .map((f) => f.data.payload.execution_id),
        ).size === VISITORS || null,
      { what: 'every completion on the socket' },
    );
    expect(live.frames.filter((f) => f.event === 'workflow-engine.execution.completed.v1')).toHaveLength(VISITORS);

    // The work was shared: both processes of every service handled messages (the gateways served requests).
    const shares: Record<string, number[]> = {};
    for (const service of SERVICE_NAMES) {
      const urls = [platform.processes.get(service)!.url, platform.processes.get(`${service}#2`)!.url];
      shares[service] = await Promise.all(
        urls.map((url) =>
          service === 'gateway'
            ? counterSum(url, 'http_requests_total', 'status="202"')
            : counterSum(url, 'messages_handled_total', 'outcome="ok"'),
        ),
      );
    }
    for (const [service, counts] of Object.entries(shares))
      expect({ service, both: counts.every((n) => n > 0) }).toEqual({ service, both: true });
    const workers = await platform.db.query<{ worker: string }>(
      `SELECT DISTINCT s.worker FROM workflow_engine.execution_steps s
         JOIN workflow_engine.executions e ON e.id = s.execution_id
        WHERE e.workflow_id = $1 AND s.worker IS NOT NULL`,
      [workflow.id],
    );
    expect(workers.length).toBe(2);
  }, 180_000);
});
