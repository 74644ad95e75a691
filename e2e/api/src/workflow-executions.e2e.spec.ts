import type { INestApplication } from '@nestjs/common';
import { SEND_EMAIL, SITE_EVENT_RECEIVED } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import {
  executionResources,
  expectCrossTenantNotFound,
  publishTestEvent,
  signUp,
  startPlatform,
  startRuntimeTestApp,
  waitFor,
  workflowResources,
  type Platform,
  type SignedUp,
} from '@mab/testing';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Step {
  key: string;
  node_id: string;
  status: string;
  attempts: number;
  output: any;
  error: any;
  outputs_taken: string[] | null;
}
interface Execution {
  id: string;
  status: string;
  steps: Step[];
  error: any;
}

/** A local HTTP receiver whose answers the test scripts (the only place outbound steps may reach). */
async function receiver() {
  const hits: { path: string; body: string; headers: Record<string, unknown> }[] = [];
  const script = new Map<string, number[]>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const path = req.url ?? '/';
      hits.push({ path, body, headers: req.headers });
      if (path.startsWith('/redirect')) {
        res.writeHead(302, { location: `http://127.0.0.1:1${path.slice('/redirect'.length) || '/'}` });
        return res.end();
      }
      const plan = script.get(path.split('?')[0]);
      const status = plan?.length ? plan.shift()! : 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: status < 400, path }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, hits, script, url: (p: string) => `http://127.0.0.1:${port}${p}` };
}

/**
 * Executions with the real gateway, template, crm and RabbitMQ: a published form's submission runs
 * condition → send_email → add_to_crm; replayed commands and events cause nothing twice; retries with backoff,
 * failure and re-run from the failed step, cancel, loops, parallel branches, and the outbound-address guard.
 */
describe('workflow executions', () => {
  let platform: Platform;
  let engineClient: INestApplication;
  let a: SignedUp;
  let siteId: string;
  let formId: string;
  let http: Awaited<ReturnType<typeof receiver>>;

  const execution = (id: string) => a.api.get(`/api/executions/${id}`).then((r) => r.body as Execution);
  const finished = (id: string) =>
    waitFor(
      async () => {
        const e = await execution(id);
        return ['completed', 'failed', 'cancelled'].includes(e.status) ? e : null;
      },
      { timeoutMs: 20_000 },
    );
  const create = async (body: object) => {
    const res = await a.api.post('/api/workflows', body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string };
  };
  const run = async (workflowId: string, triggerData: object = {}) => {
    const res = await a.api.post(`/api/workflows/${workflowId}/execute`, { trigger_data: triggerData });
    expect(res.status).toBe(202);
    return res.body.execution_id as string;
  };

  beforeAll(async () => {
    http = await receiver();
    platform = await startPlatform({
      services: ['gateway', 'template', 'crm', 'workflow-engine'],
      label: 'executions',
      env: { OUTBOUND_ALLOWED_HOSTS: `127.0.0.1:${http.port}`, ENGINE_POLL_MS: '50' },
    });
    engineClient = await startRuntimeTestApp({ service: 'ai', databaseUrl: platform.db.url, prefix: platform.prefix });
    a = await signUp(platform.gatewayUrl, 'exec-a');
    const templates = await a.api.get('/api/templates?category=professional_services');
    const made = await a.api.post(`/api/templates/${templates.body.items[0].id}/instantiate`, {
      customizations: { company_name: 'Flow & Co' },
    });
    siteId = made.body.site.id;
    formId = made.body.components.find((c: { type: string }) => c.type === 'contact_form').id;
    expect((await a.api.post(`/api/sites/${siteId}/publish`)).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await engineClient?.close();
    await platform?.close();
    http?.server.close();
  });

  it('runs condition → send_email → add_to_crm for a form submission, once, with no effect twice', async () => {
    const workflow = await create({
      name: 'Follow up leads',
      nodes: [
        { id: 'trigger', type: 'form_submission', config: { component_id: formId } },
        {
          id: 'has_email',
          type: 'condition',
          config: { conditions: [{ field: 'trigger.form_data.email', operator: 'exists' }] },
        },
        { id: 'send_welcome', type: 'send_email', config: { template: 'welcome-email' } },
        { id: 'create_contact', type: 'add_to_crm', config: { tags: ['lead'] } },
      ],
      edges: [
        { source: 'trigger', target: 'has_email' },
        { source: 'has_email', source_output: 'true', target: 'send_welcome' },
        { source: 'send_welcome', target: 'create_contact' },
      ],
    });
    await a.api.post(`/api/workflows/${workflow.id}/activate`);
    const eventId = randomUUID();
    const submitted = await waitFor(async () => {
      const res = await a.api.post(`/api/public/sites/${siteId}/events`, {
        type: 'form_submission',
        component_id: formId,
        visitor_id: `v-${randomUUID()}`,
        event_id: eventId,
        data: { form_data: { email: 'Grace@Example.com', name: 'Grace Hopper', message: 'Hello' } },
      });
      return res.status === 202 ? res : null;
    });
    expect(submitted.status).toBe(202);
    const listed = await waitFor(async () => {
      const res = await a.api.get(`/api/workflows/${workflow.id}/executions`);
      return res.body.items?.length ? res.body.items : null;
    });
    const done = await finished(listed[0].id);
    expect(done.status).toBe('completed');
    const byNode = Object.fromEntries(done.steps.map((s) => [s.node_id, s]));
    expect(byNode.has_email).toMatchObject({ status: 'succeeded', outputs_taken: ['true'] });
    expect(byNode.send_welcome).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(byNode.create_contact).toMatchObject({ status: 'succeeded' });
    const contactId = byNode.create_contact.output.contact.id;

    // The email is in the sink, greeting the visitor by name; the contact exists with its source form.
    const emails = await a.api.get(`/api/crm/emails?contact_id=${contactId}`);
    expect(emails.body.items).toHaveLength(1);
    expect(emails.body.items[0].html).toContain('Grace');
    const contact = await a.api.get(`/api/crm/contacts/${contactId}`);
    expect(contact.body).toMatchObject({ email: 'grace@example.com', tags: expect.arrayContaining(['lead']) });

    // Replaying the step's command (same idempotency key) sends nothing more.
    const again = await engineClient
      .get(ServiceClient)
      .request(
        SEND_EMAIL,
        { contact_id: contactId, template: 'welcome-email', idempotency_key: `${done.id}:send_welcome` },
        { workspaceId: a.workspaceId },
      );
    expect(again.id).toBe(byNode.send_welcome.output.id);
    expect((await a.api.get(`/api/crm/emails?contact_id=${contactId}`)).body.items).toHaveLength(1);

    // The same trigger event delivered again starts no second execution.
    const [event] = await platform.db.query<{ envelope: { payload: object; id: string } }>(
      `SELECT envelope FROM gateway.outbox WHERE name = $1 AND envelope->'payload'->>'event_id' = $2`,
      [SITE_EVENT_RECEIVED.name, eventId],
    );
    await publishTestEvent(platform.prefix, SITE_EVENT_RECEIVED.name, event.envelope.payload, {
      workspaceId: a.workspaceId,
      id: event.envelope.id,
      source: 'gateway',
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect((await a.api.get(`/api/workflows/${workflow.id}/executions`)).body.items).toHaveLength(1);
  });

  it('skips the branch a condition does not take', async () => {
    const workflow = await create({
      name: 'Big parties only',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        {
          id: 'big',
          type: 'condition',
          config: { conditions: [{ field: 'trigger.form_data.party_size', operator: 'gt', value: 8 }] },
        },
        { id: 'call_manager', type: 'http_request', config: { method: 'POST', url: http.url('/manager') } },
        { id: 'note', type: 'set', config: { values: { size: '{{ $number(trigger.form_data.party_size) }}' } } },
      ],
      edges: [
        { source: 'trigger', target: 'big' },
        { source: 'big', source_output: 'true', target: 'call_manager' },
        { source: 'big', source_output: 'false', target: 'note' },
      ],
    });
    const small = await finished(await run(workflow.id, { form_data: { party_size: '4' } }));
    expect(small.status).toBe('completed');
    const steps = Object.fromEntries(small.steps.map((s) => [s.node_id, s]));
    expect(steps.call_manager.status).toBe('skipped');
    expect(steps.note).toMatchObject({ status: 'succeeded', output: { size: 4 } });
    const big = await finished(await run(workflow.id, { form_data: { party_size: '12' } }));
    expect(Object.fromEntries(big.steps.map((s) => [s.node_id, s.status]))).toMatchObject({
      call_manager: 'succeeded',
      note: 'skipped',
    });
    expect(http.hits.filter((h) => h.path === '/manager')).toHaveLength(1);
  });

  it('retries with backoff until it works; gives up with the error; re-runs from the failed step only', async () => {
    http.script.set('/flaky', [500, 503]);
    const flaky = await create({
      name: 'Flaky',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        {
          id: 'call',
          type: 'http_request',
          config: { url: http.url('/flaky'), retry: { max_attempts: 5, initial_delay_ms: 100, max_delay_ms: 400 } },
        },
      ],
      edges: [{ source: 'trigger', target: 'call' }],
    });
    const ok = await finished(await run(flaky.id));
    expect(ok.status).toBe('completed');
    expect(ok.steps.find((s) => s.node_id === 'call')).toMatchObject({ status: 'succeeded', attempts: 3 });

    http.script.set('/broken', [500, 500, 500, 500]);
    const broken = await create({
      name: 'Broken',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'first', type: 'http_request', config: { url: http.url('/first') } },
        {
          id: 'second',
          type: 'http_request',
          config: { url: http.url('/broken'), retry: { max_attempts: 2, initial_delay_ms: 100 } },
        },
      ],
      edges: [
        { source: 'trigger', target: 'first' },
        { source: 'first', target: 'second' },
      ],
    });
    const failed = await finished(await run(broken.id));
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ node: 'second', message: expect.stringContaining('500') });
    expect(failed.steps.find((s) => s.node_id === 'second')).toMatchObject({ status: 'failed', attempts: 2 });
    const firstCalls = http.hits.filter((h) => h.path === '/first').length;
    http.script.set('/broken', []);
    const rerun = await a.api.post(`/api/executions/${failed.id}/rerun`);
    expect(rerun.status).toBe(200);
    const recovered = await finished(failed.id);
    expect(recovered.status).toBe('completed');
    expect(http.hits.filter((h) => h.path === '/first')).toHaveLength(firstCalls);
    expect((await a.api.post(`/api/executions/${failed.id}/rerun`)).status).toBe(409);
  });

  it('re-runs a failure inside a loop from the failed iteration, not from the first', async () => {
    http.script.set('/loop-item/3', [500]);
    const looped = await create({
      name: 'Loop that fails once',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'each', type: 'loop', config: { items: '{{ trigger.items }}' } },
        {
          id: 'call',
          type: 'http_request',
          config: { url: `${http.url('/loop-item/')}{{ item }}`, retry: { max_attempts: 1 } },
        },
        { id: 'total', type: 'set', config: { values: { count: '{{ steps.each.output.count }}' } } },
      ],
      edges: [
        { source: 'trigger', target: 'each' },
        { source: 'each', source_output: 'loop', target: 'call' },
        { source: 'call', target: 'each' },
        { source: 'each', source_output: 'done', target: 'total' },
      ],
    });
    const calls = (item: number) => http.hits.filter((h) => h.path === `/loop-item/${item}`).length;
    const failed = await finished(await run(looped.id, { items: [1, 2, 3, 4] }));
    expect(failed.status).toBe('failed');
    expect([calls(1), calls(2), calls(3), calls(4)]).toEqual([1, 1, 1, 0]);

    expect((await a.api.post(`/api/executions/${failed.id}/rerun`)).status).toBe(200);
    const recovered = await finished(failed.id);
    expect(recovered.status).toBe('completed');
    expect([calls(1), calls(2), calls(3), calls(4)]).toEqual([1, 1, 2, 1]);
    expect(recovered.steps.find((s) => s.node_id === 'total')?.output).toEqual({ count: 4 });
  });

  it('waits on a timer row, and a waiting execution can be cancelled', async () => {
    const slow = await create({
      name: 'Slow',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'wait', type: 'delay', config: { duration_minutes: 60 } },
        { id: 'after', type: 'http_request', config: { url: http.url('/after-wait') } },
      ],
      edges: [
        { source: 'trigger', target: 'wait' },
        { source: 'wait', target: 'after' },
      ],
    });
    const id = await run(slow.id);
    const waiting = await waitFor(async () => {
      const e = await execution(id);
      return e.steps.find((s) => s.node_id === 'wait')?.status === 'waiting' ? e : null;
    });
    expect(waiting.status).toBe('running');
    const cancelled = await a.api.post(`/api/executions/${id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const after = await execution(id);
    expect(after.steps.find((s) => s.node_id === 'wait')?.status).toBe('cancelled');
    expect((await a.api.post(`/api/executions/${id}/cancel`)).status).toBe(409);

    const short = await create({
      name: 'Short wait',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'wait', type: 'delay', config: { duration_seconds: 1 } },
        { id: 'after', type: 'set', config: { values: { done: true } } },
      ],
      edges: [
        { source: 'trigger', target: 'wait' },
        { source: 'wait', target: 'after' },
      ],
    });
    const started = Date.now();
    const done = await finished(await run(short.id));
    expect(done.status).toBe('completed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('loops over 100 items, and joins parallel branches with a merge', async () => {
    const looped = await create({
      name: 'Loop',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'each', type: 'loop', config: { items: '{{ trigger.items }}' } },
        { id: 'double', type: 'set', config: { values: { value: '{{ item * 2 }}', at: '{{ index }}' } } },
        { id: 'total', type: 'set', config: { values: { count: '{{ steps.each.output.count }}' } } },
      ],
      edges: [
        { source: 'trigger', target: 'each' },
        { source: 'each', source_output: 'loop', target: 'double' },
        { source: 'double', target: 'each' },
        { source: 'each', source_output: 'done', target: 'total' },
      ],
    });
    const items = Array.from({ length: 100 }, (_, i) => i);
    const done = await finished(await run(looped.id, { items }));
    expect(done.status).toBe('completed');
    const doubles = done.steps.filter((s) => s.node_id === 'double');
    expect(doubles).toHaveLength(100);
    expect(doubles.find((s) => s.key === 'double@each#41')?.output).toEqual({ value: 82, at: 41 });
    expect(done.steps.find((s) => s.node_id === 'total')?.output).toEqual({ count: 100 });

    const fanned = await create({
      name: 'Fan out',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'fan', type: 'parallel', config: {} },
        { id: 'left', type: 'http_request', config: { url: http.url('/left') } },
        { id: 'right', type: 'http_request', config: { url: http.url('/right') } },
        { id: 'join', type: 'merge', config: { mode: 'all' } },
        { id: 'after', type: 'set', config: { values: { joined: '{{ $count(steps.join.output.inputs) }}' } } },
      ],
      edges: [
        { source: 'trigger', target: 'fan' },
        { source: 'fan', target: 'left' },
        { source: 'fan', target: 'right' },
        { source: 'left', target: 'join' },
        { source: 'right', target: 'join' },
        { source: 'join', target: 'after' },
      ],
    });
    const merged = await finished(await run(fanned.id));
    expect(merged.status).toBe('completed');
    expect(merged.steps.find((s) => s.node_id === 'after')?.output).toEqual({ joined: 2 });
    expect(merged.steps.filter((s) => s.node_id === 'join')).toHaveLength(1);
  });

  it('refuses outbound calls to loopback and private addresses, and redirects to them', async () => {
    const call = async (url: string) => {
      const workflow = await create({
        name: `Call ${url}`,
        nodes: [
          { id: 'trigger', type: 'manual', config: {} },
          { id: 'call', type: 'http_request', config: { url } },
        ],
        edges: [{ source: 'trigger', target: 'call' }],
      });
      return finished(await run(workflow.id));
    };
    for (const url of [
      'http://127.0.0.1:9/',
      'http://[::1]:9/',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433:9/',
      'http://10.0.0.1/',
    ]) {
      const refused = await call(url);
      expect([url, refused.status]).toEqual([url, 'failed']);
      expect(refused.error.message).toMatch(/refused/);
      expect(refused.steps.find((s) => s.node_id === 'call')?.attempts).toBe(1);
    }
    const redirected = await call(http.url('/redirect/secret'));
    expect(redirected.status).toBe('failed');
    expect(redirected.error.message).toMatch(/loopback address: refused/);
  });

  it('starts from its public webhook: HMAC checked over the exact body, idempotent by key, 404 when inactive', async () => {
    const secret = 'whsec-0123456789abcdef0123';
    const created = await a.api.post('/api/workflows', {
      name: 'Hooked',
      nodes: [
        { id: 'trigger', type: 'webhook', config: { auth: 'hmac', header_name: 'X-Hub-Signature-256', secret } },
        {
          id: 'echo',
          type: 'set',
          config: { values: { order: '{{ trigger.body.order_id }}', via: '{{ trigger.query.via }}' } },
        },
      ],
      edges: [{ source: 'trigger', target: 'echo' }],
    });
    const url = new URL(created.body.webhook_url);
    const hook = `${platform.gatewayUrl}${url.pathname}`;
    const body = JSON.stringify({ order_id: 'A-1001', total: 42 });
    const sign = (text: string) => `sha256=${createHmac('sha256', secret).update(text).digest('hex')}`;
    const post = (text: string, headers: Record<string, string>) =>
      fetch(`${hook}?via=shop`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: text,
      });
    expect((await post(body, { 'x-hub-signature-256': sign(body) })).status).toBe(404); // not active yet
    await a.api.post(`/api/workflows/${created.body.id}/activate`);
    expect((await post(body, { 'x-hub-signature-256': sign('{"order_id":"forged"}') })).status).toBe(401);
    expect((await post(body, {})).status).toBe(401);
    const accepted = await post(body, { 'x-hub-signature-256': sign(body), 'idempotency-key': 'order-A-1001' });
    expect(accepted.status).toBe(202);
    const started = (await accepted.json()) as { execution_id: string; created: boolean };
    expect(started.created).toBe(true);
    const done = await finished(started.execution_id);
    expect(done.steps.find((s) => s.node_id === 'echo')?.output).toEqual({ order: 'A-1001', via: 'shop' });
    const retried = await post(body, { 'x-hub-signature-256': sign(body), 'idempotency-key': 'order-A-1001' });
    expect(await retried.json()).toMatchObject({ execution_id: started.execution_id, created: false });
    expect(
      (await fetch(`${platform.gatewayUrl}/api/public/webhooks/${'x'.repeat(32)}`, { method: 'POST' })).status,
    ).toBe(404);
  });

  it("starts on another service's event by name, with conditions on its payload, once per event", async () => {
    const created = await a.api.post('/api/workflows', {
      name: 'VIP arrives',
      nodes: [
        {
          id: 'trigger',
          type: 'custom_event',
          config: {
            event: 'crm.contact.created.v1',
            conditions: [{ field: 'tags', operator: 'equals', value: 'vip' }],
          },
        },
        { id: 'echo', type: 'set', config: { values: { who: '{{ trigger.email }}' } } },
      ],
      edges: [{ source: 'trigger', target: 'echo' }],
    });
    expect(created.status).toBe(201);
    await a.api.post(`/api/workflows/${created.body.id}/activate`);
    await new Promise((r) => setTimeout(r, 2_500)); // every replica re-reads the names it listens to every 2 s
    await a.api.post('/api/crm/contacts', { email: 'plain@example.com' });
    await a.api.post('/api/crm/contacts', { email: 'vip@example.com', tags: ['VIP'] });
    const executions = await waitFor(async () => {
      const res = await a.api.get(`/api/workflows/${created.body.id}/executions`);
      return res.body.items?.length ? res.body.items : null;
    });
    const done = await finished(executions[0].id);
    expect(done.steps.find((s) => s.node_id === 'echo')?.output).toEqual({ who: 'vip@example.com' });
    await new Promise((r) => setTimeout(r, 500));
    expect((await a.api.get(`/api/workflows/${created.body.id}/executions`)).body.items).toHaveLength(1);
  });

  it('test-runs a workflow with every effect simulated, and keeps nothing', async () => {
    const workflow = await create({
      name: 'Tested',
      nodes: [
        { id: 'trigger', type: 'form_submission', config: { component_id: formId } },
        { id: 'welcome', type: 'send_email', config: { template: 'welcome-email' } },
        { id: 'crm', type: 'add_to_crm', config: { tags: ['tested'] } },
        { id: 'wait', type: 'delay', config: { duration_minutes: 600 } },
        {
          id: 'call',
          type: 'http_request',
          config: { method: 'POST', url: http.url('/never'), body: { who: '{{ trigger.form_data.email }}' } },
        },
      ],
      edges: [
        { source: 'trigger', target: 'welcome' },
        { source: 'welcome', target: 'crm' },
        { source: 'crm', target: 'wait' },
        { source: 'wait', target: 'call' },
      ],
    });
    const sent = async () =>
      Number((await platform.db.query<{ n: string }>('SELECT count(*) AS n FROM crm.email_sends'))[0].n);
    const before = await sent();
    const res = await a.api.post(`/api/workflows/${workflow.id}/test`, {
      trigger_data: { form_data: { email: 'tester@example.com', name: 'Tess Ter' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', mode: 'test' });
    const steps = Object.fromEntries((res.body.steps as Step[]).map((s) => [s.node_id, s]));
    expect(steps.welcome.output.would_send).toMatchObject({ to_email: 'tester@example.com', suppressed_because: null });
    expect(steps.welcome.output.would_send.html).toContain('<html');
    expect(steps.crm.output.would_upsert).toMatchObject({
      email: 'tester@example.com',
      name: 'Tess Ter',
      tags: ['tested'],
    });
    expect(steps.call.output.would_request).toMatchObject({ method: 'POST', body: { who: 'tester@example.com' } });
    expect(await sent()).toBe(before);
    expect(http.hits.filter((h) => h.path === '/never')).toHaveLength(0);
    expect((await a.api.get(`/api/workflows/${workflow.id}/executions`)).body.total).toBe(0);
    expect((await a.api.get(`/api/executions/${res.body.id}`)).status).toBe(404);

    const unsaved = await a.api.post('/api/workflows/test', {
      trigger: { type: 'manual' },
      actions: [{ type: 'set', values: { double: '{{ trigger.n * 2 }}' } }],
      trigger_data: { n: 21 },
    });
    expect(unsaved.status).toBe(200);
    expect(unsaved.body.steps.find((s: Step) => s.node_id === 'set').output).toEqual({ double: 42 });
    const broken = await a.api.post('/api/workflows/test', {
      trigger: { type: 'manual' },
      actions: [{ type: 'nope' }],
    });
    expect(broken.status).toBe(400);
    expect(broken.body.details[0].field).toBe('nodes.nope.type');
  });

  it('runs a sub-workflow and takes its result; a workflow calling itself stops at the depth limit', async () => {
    const child = await create({
      name: 'Doubler',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'double', type: 'set', config: { values: { double: '{{ trigger.n * 2 }}' } } },
      ],
      edges: [{ source: 'trigger', target: 'double' }],
    });
    const parent = await create({
      name: 'Caller',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'call', type: 'sub_workflow', config: { workflow_id: child.id, input: { n: '{{ trigger.n }}' } } },
        { id: 'got', type: 'set', config: { values: { got: '{{ steps.call.output.output.double }}' } } },
      ],
      edges: [
        { source: 'trigger', target: 'call' },
        { source: 'call', target: 'got' },
      ],
    });
    const done = await finished(await run(parent.id, { n: 21 }));
    expect(done.status).toBe('completed');
    expect(done.steps.find((s) => s.node_id === 'got')?.output).toEqual({ got: 42 });
    const children = await a.api.get(`/api/workflows/${child.id}/executions`);
    expect(children.body.items).toHaveLength(1);
    expect(children.body.items[0]).toMatchObject({ mode: 'child', status: 'completed' });

    const recursive = await create({
      name: 'Forever',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'again', type: 'set', config: { values: {} } },
      ],
      edges: [{ source: 'trigger', target: 'again' }],
    });
    await a.api.patch(`/api/workflows/${recursive.id}`, {
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'again', type: 'sub_workflow', config: { workflow_id: recursive.id } },
      ],
      edges: [{ source: 'trigger', target: 'again' }],
    });
    const stopped = await finished(await run(recursive.id));
    expect(stopped.status).toBe('failed');
    const chain = await platform.db.query<{ depth: number; status: string; error: { message: string } }>(
      'SELECT depth, status, error FROM workflow_engine.executions WHERE workflow_id = $1 ORDER BY depth',
      [recursive.id],
    );
    expect(chain.map((e) => [e.depth, e.status])).toEqual([0, 1, 2, 3, 4, 5].map((d) => [d, 'failed']));
    expect(chain[5].error.message).toMatch(/nest at most 5 deep/);
  });

  it('reports executions, success rate, durations per day and per node; another workspace gets 404', async () => {
    const workflow = await create({
      name: 'Measured',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        {
          id: 'check',
          type: 'condition',
          config: { conditions: [{ field: 'trigger.ok', operator: 'equals', value: true }] },
        },
        { id: 'call', type: 'http_request', config: { url: http.url('/measured') } },
        { id: 'fail', type: 'stop', config: { status: 'failure', message: 'not ok' } },
      ],
      edges: [
        { source: 'trigger', target: 'check' },
        { source: 'check', source_output: 'true', target: 'call' },
        { source: 'check', source_output: 'false', target: 'fail' },
      ],
    });
    for (const ok of [true, true, false]) await finished(await run(workflow.id, { ok }));
    const res = await a.api.get(`/api/workflows/${workflow.id}/analytics`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ executions: 3, completed: 2, failed: 1, running: 0, success_rate: 0.6667 });
    expect(res.body.avg_duration_ms).toEqual(expect.any(Number));
    expect(res.body.p95_duration_ms).toEqual(expect.any(Number));
    expect(res.body.per_day).toHaveLength(1);
    expect(res.body.per_day[0]).toMatchObject({ executions: 3, completed: 2, failed: 1 });
    const call = res.body.nodes.find((node: { node_id: string }) => node.node_id === 'call');
    expect(call).toMatchObject({ node_type: 'http_request', runs: 2, failures: 0 });
    const tooWide = await a.api.get(
      `/api/workflows/${workflow.id}/analytics?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`,
    );
    expect(tooWide.status).toBe(400);
    expect(tooWide.body.details[0].field).toBe('to');

    const b = await signUp(platform.gatewayUrl, 'exec-b');
    const someExecution = (await a.api.get(`/api/workflows/${workflow.id}/executions`)).body.items[0].id;
    await expectCrossTenantNotFound(
      platform.gatewayUrl,
      [...workflowResources({ workflowId: workflow.id, version: 1 }), ...executionResources(someExecution)],
      { Authorization: `Bearer ${b.accessToken}` },
    );
  });

  it('holds executions past a concurrency limit as queued and runs them one after another', async () => {
    const limited = await a.api.post('/api/workflows', {
      name: 'One at a time',
      settings: { concurrency_limit: 1 },
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'wait', type: 'delay', config: { duration_seconds: 1 } },
        { id: 'done', type: 'set', config: { values: { ok: true } } },
      ],
      edges: [
        { source: 'trigger', target: 'wait' },
        { source: 'wait', target: 'done' },
      ],
    });
    const ids = [await run(limited.body.id), await run(limited.body.id), await run(limited.body.id)];
    const statuses = await Promise.all(ids.map(async (id) => (await execution(id)).status));
    expect(statuses.filter((s) => s === 'running')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'queued')).toHaveLength(2);
    const done = await Promise.all(ids.map((id) => finished(id)));
    expect(done.map((e) => e.status)).toEqual(['completed', 'completed', 'completed']);
    const spans = await platform.db.query<{ started_at: Date; finished_at: Date }>(
      'SELECT started_at, finished_at FROM workflow_engine.executions WHERE workflow_id = $1 ORDER BY started_at',
      [limited.body.id],
    );
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i].started_at.getTime()).toBeGreaterThanOrEqual(spans[i - 1].finished_at.getTime());
    }
  });

  it('runs the seed shape and its equivalent graph the same way', async () => {
    const seed = await create({
      name: 'Seed shape',
      trigger: { type: 'manual' },
      actions: [
        { type: 'add_to_crm', email: '{{ trigger.email }}', list_id: 'prospects', delay: 0 },
        { type: 'http_request', url: http.url('/seeded'), delay: 0 },
      ],
    });
    const graph = await create({
      name: 'Graph shape',
      nodes: [
        { id: 'trigger', type: 'manual', config: {} },
        { id: 'add_to_crm', type: 'add_to_crm', config: { email: '{{ trigger.email }}', list_id: 'prospects' } },
        { id: 'http_request', type: 'http_request', config: { url: http.url('/seeded') } },
      ],
      edges: [
        { source: 'trigger', target: 'add_to_crm' },
        { source: 'add_to_crm', target: 'http_request' },
      ],
    });
    const shape = (e: Execution) => e.steps.map((s) => [s.key, s.status, s.outputs_taken]);
    const fromSeed = await finished(await run(seed.id, { email: 'same@example.com' }));
    const fromGraph = await finished(await run(graph.id, { email: 'same@example.com' }));
    expect(fromSeed.status).toBe('completed');
    expect(shape(fromSeed)).toEqual(shape(fromGraph));
    expect(fromSeed.steps[1].output.contact.email).toBe('same@example.com');
    expect(fromGraph.steps[1].output.contact.tags).toEqual(['prospects']);
  });

  it("streams an execution's progress to the workspace's live channel", async () => {
    const events: { event: string; data: { payload: { execution_id?: string } } }[] = [];
    let status = 0;
    const stream = httpGet(
      `${platform.gatewayUrl}/api/live?access_token=${encodeURIComponent(a.accessToken)}`,
      { headers: { Accept: 'text/event-stream' } },
      (res) => {
        status = res.statusCode ?? 0;
        let buffer = '';
        res.on('data', (chunk) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (data) events.push({ event, data: JSON.parse(data) });
          }
        });
      },
    );
    stream.on('error', () => undefined);
    try {
      await waitFor(() => status === 200 || null, { what: 'the live stream to open' });
      const workflow = await create({
        name: 'Watched',
        nodes: [
          { id: 'trigger', type: 'manual', config: {} },
          { id: 'call', type: 'http_request', config: { url: http.url('/watched') } },
        ],
        edges: [{ source: 'trigger', target: 'call' }],
      });
      // The stream's broker binding settles right after it opens: run executions until one is seen end to end.
      const seenOf = (id: string) => events.filter((e) => e.data.payload?.execution_id === id).map((e) => e.event);
      const mine = await waitFor(async () => {
        const id = await run(workflow.id);
        await finished(id);
        await new Promise((r) => setTimeout(r, 300));
        const seen = seenOf(id);
        return seen.includes('workflow-engine.execution.started.v1') &&
          seen.includes('workflow-engine.execution.completed.v1')
          ? seen
          : null;
      });
      expect(mine).toEqual([
        'workflow-engine.execution.started.v1',
        'workflow-engine.execution.step_completed.v1',
        'workflow-engine.execution.completed.v1',
      ]);
    } finally {
      stream.destroy();
    }
  });
});
