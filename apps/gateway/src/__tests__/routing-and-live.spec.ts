import { Injectable, type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { PING_COMMANDS, ServiceError, SITE_EVENT_RECEIVED, type PingReply } from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { startRuntimeTestApp, waitFor } from '@mab/testing';
import * as amqplib from 'amqplib';
import { bearer, publishedSite, registerUser, startGateway, type GatewayHarness } from './gateway-harness';
import { joinWorkspace } from './join-workspace';

@Injectable()
class SlowCrmPing {
  delayMs = 0;
  failWith?: ServiceError;
  seen: { workspaceId: string | null; userId: string | null; role: string | null; correlationId: string }[] = [];

  @OnCommand(PING_COMMANDS.crm)
  async ping(_req: object, ctx: CommandContext<typeof PING_COMMANDS.crm>): Promise<PingReply> {
    this.seen.push({
      workspaceId: ctx.workspaceId,
      userId: ctx.userId,
      role: ctx.role,
      correlationId: ctx.envelope.correlation_id,
    });
    await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failWith) throw this.failWith;
    return { service: 'crm', instance_id: 'fake-crm', database: 'up', uptime_seconds: 1 };
  }
}

/** Reads a server-sent-events stream and collects its events. */
function openEventStream(url: string, headers: Record<string, string> = {}) {
  const events: { event: string; data: any }[] = [];
  let status = 0;
  let ended = false;
  const req = http.get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
    status = res.statusCode ?? 0;
    res.on('end', () => (ended = true));
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
  });
  req.on('error', () => undefined);
  return { events, status: () => status, ended: () => ended, close: () => req.destroy() };
}

describe('routing to services, public ingestion and live events', () => {
  let gw: GatewayHarness;
  let crm: INestApplication;

  beforeAll(async () => {
    gw = await startGateway({ REQUEST_TIMEOUT_MS: '700', LIVE_RECHECK_SECONDS: '1' });
    crm = await startRuntimeTestApp({
      service: 'crm',
      databaseUrl: gw.db.url,
      prefix: gw.prefix,
      providers: [SlowCrmPing],
    });
  });

  afterAll(async () => {
    await crm.close();
    await gw.close();
  });

  it("relays a service's answer, 504 when it is too slow, 503 when nobody serves it, and stays healthy", async () => {
    const user = await registerUser(gw, 'router');
    const fake = crm.get(SlowCrmPing);
    const ok = await gw
      .http()
      .get('/api/system/services/crm/ping')
      .set({ ...bearer(user.access), 'X-Correlation-Id': 'route-1' })
      .expect(200);
    expect(ok.body).toMatchObject({ service: 'crm', instance_id: 'fake-crm' });
    // The authenticated identity and the correlation id travel with the command; the service trusts only these.
    expect(fake.seen.at(-1)).toEqual({
      workspaceId: user.workspaceId,
      userId: user.userId,
      role: 'owner',
      correlationId: 'route-1',
    });

    // A service's own errors reach the client with their status and code.
    fake.failWith = ServiceError.conflict('that contact already exists', [{ field: 'email' }]);
    const conflict = await gw.http().get('/api/system/services/crm/ping').set(bearer(user.access)).expect(409);
    expect(conflict.body).toEqual({
      status_code: 409,
      error: 'Conflict',
      code: 'conflict',
      message: 'that contact already exists',
      details: [{ field: 'email' }],
    });
    fake.failWith = ServiceError.notFound('contact', 'c-1');
    expect((await gw.http().get('/api/system/services/crm/ping').set(bearer(user.access)).expect(404)).body.code).toBe(
      'not_found',
    );
    fake.failWith = undefined;

    crm.get(SlowCrmPing).delayMs = 1_500;
    const slow = await gw.http().get('/api/system/services/crm/ping').set(bearer(user.access)).expect(504);
    expect(slow.body).toMatchObject({ status_code: 504, error: 'Gateway Timeout', code: 'gateway_timeout' });

    const missing = await gw.http().get('/api/system/services/ai/ping').set(bearer(user.access)).expect(503);
    expect(missing.body).toMatchObject({ status_code: 503, code: 'service_unavailable' });
    await gw.http().get('/api/system/services/nope/ping').set(bearer(user.access)).expect(404);

    crm.get(SlowCrmPing).delayMs = 0;
    await gw.http().get('/health').expect(200);
    await gw.http().get('/api/system/services/crm/ping').set(bearer(user.access)).expect(200);
  });

  it('accepts a visitor event without login, answers 202 and publishes it', async () => {
    const connection = await amqplib.connect(process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
    try {
      const channel = await connection.createChannel();
      const { queue } = await channel.assertQueue('', { exclusive: true });
      await channel.bindQueue(queue, `${gw.prefix}.events`, SITE_EVENT_RECEIVED.name);
      const received: any[] = [];
      await channel.consume(queue, (m) => m && received.push(JSON.parse(m.content.toString())), { noAck: true });

      const workspace = randomUUID();
      const component = randomUUID();
      const site = await publishedSite(gw, { workspaceId: workspace, componentIds: [component] });
      const res = await gw
        .http()
        .post(`/api/public/sites/${site}/events`)
        .set('Origin', 'https://some-published-site.example')
        .send({
          type: 'form_submission',
          component_id: component,
          visitor_id: 'v1',
          data: { form_data: { email: 'vi@example.com' } },
        })
        .expect(202);
      expect(res.body.event_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['access-control-allow-origin']).toBe('https://some-published-site.example');

      const [event] = await waitFor(() => (received.length ? received : null), { what: 'site event on the broker' });
      expect(event).toMatchObject({
        id: res.body.event_id,
        name: 'gateway.site-event.received.v1',
        workspace_id: workspace,
        payload: {
          event_id: res.body.event_id,
          site_id: site,
          workspace_id: workspace,
          type: 'form_submission',
          component_id: component,
          data: { form_data: { email: 'vi@example.com' } },
        },
      });
      expect(event.payload.ip_hash).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await connection.close();
    }

    const invalid = await gw
      .http()
      .post(`/api/public/sites/${randomUUID()}/events`)
      .send({ type: 'telepathy' })
      .expect(400);
    expect(invalid.body.code).toBe('validation_failed');
    const noForm = await gw
      .http()
      .post(`/api/public/sites/${randomUUID()}/events`)
      .send({ type: 'form_submission' })
      .expect(400);
    expect(noForm.body.details[0].field).toBe('data.form_data');
    await gw.http().post('/api/public/sites/not-a-uuid/events').send({ type: 'page_view' }).expect(404);
    const big = await gw
      .http()
      .post(`/api/public/sites/${randomUUID()}/events`)
      .send({ type: 'custom', data: { blob: 'x'.repeat(40_000) } })
      .expect(413);
    expect(big.body.code).toBe('payload_too_large');
    // Without Content-Length (chunked), the limit holds all the same.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${gw.url}/api/public/sites/${randomUUID()}/events`,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"type":"custom","data":{"blob":"');
      for (let i = 0; i < 40; i++) req.write('x'.repeat(1000));
      req.end('"}}');
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).code).toBe('payload_too_large');
  });

  it("pushes a workspace's events to its live stream only, authenticated by token", async () => {
    const a = await registerUser(gw, 'live-a');
    const b = await registerUser(gw, 'live-b');
    const unauthenticated = openEventStream(`${gw.url}/api/live`);
    const streamA = openEventStream(`${gw.url}/api/live?access_token=${encodeURIComponent(a.access)}`);
    const streamB = openEventStream(`${gw.url}/api/live`, bearer(b.access));
    try {
      await waitFor(() => streamA.status() === 200 && streamB.status() === 200 && unauthenticated.status() === 401, {
        what: 'streams open',
      });
      // A service publishes an event about workspace A (here: crm's probe, with A's workspace on the envelope).
      const connection = await amqplib.connect(process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
      const channel = await connection.createConfirmChannel();
      const id = randomUUID();
      // Let the broadcast queue's binding settle before publishing.
      await waitFor(
        async () => {
          channel.publish(
            `${gw.prefix}.events`,
            'crm.contact.created.v1',
            Buffer.from(
              JSON.stringify({
                id,
                name: 'crm.contact.created.v1',
                occurred_at: new Date().toISOString(),
                correlation_id: 'c',
                workspace_id: a.workspaceId,
                source: 'crm',
                payload: { contact_id: 'k1' },
              }),
            ),
          );
          await channel.waitForConfirms();
          await new Promise((r) => setTimeout(r, 100));
          return streamA.events.some((e) => e.data.id === id);
        },
        { what: "event on A's stream" },
      );
      await connection.close();
      const got = streamA.events.find((e) => e.data.id === id)!;
      expect(got).toMatchObject({
        event: 'crm.contact.created.v1',
        data: { name: 'crm.contact.created.v1', payload: { contact_id: 'k1' } },
      });
      expect(streamB.events.filter((e) => e.event !== 'heartbeat')).toEqual([]);
    } finally {
      unauthenticated.close();
      streamA.close();
      streamB.close();
    }
  });

  it('ends a live stream when its user is removed from the workspace', async () => {
    const owner = await registerUser(gw, 'live-owner');
    const member = await joinWorkspace(gw, owner, 'viewer', 'live-member');
    const switched = await gw
      .http()
      .post(`/api/workspaces/${owner.workspaceId}/switch`)
      .set(bearer(member.access))
      .expect(200);
    const stream = openEventStream(`${gw.url}/api/live`, bearer(switched.body.access_token));
    try {
      await waitFor(() => stream.status() === 200, { what: 'stream open' });
      await gw.http().delete(`/api/workspaces/current/members/${member.userId}`).set(bearer(owner.access)).expect(204);
      await waitFor(() => stream.ended(), { what: 'stream ended after removal' });
    } finally {
      stream.close();
    }
  });

  it('ends open live streams on shutdown instead of hanging the close', async () => {
    const other = await gw.startReplica();
    const user = await registerUser(gw, 'live-close');
    const address = other.app.getHttpServer().address() as { port: number };
    const stream = openEventStream(`http://127.0.0.1:${address.port}/api/live`, bearer(user.access));
    await waitFor(() => stream.status() === 200, { what: 'stream open' });
    await other.app.close();
    // The server ended the stream itself (the client did not hang up first).
    expect(stream.ended()).toBe(true);
    stream.close();
  });
});
