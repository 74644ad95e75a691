import { randomUUID } from 'node:crypto';
import * as amqplib from 'amqplib';
import { openLiveSocket, waitFor, type LiveSocketClient } from '@mab/testing';
import { bearer, registerUser, startGateway, type GatewayHarness, type Session } from './gateway-harness';
import { joinWorkspace } from './join-workspace';

/**
 * `/api/ws` with a real WebSocket client: authenticated at the upgrade (401 with the error body otherwise), the
 * workspace's events only, topic subscriptions, a heartbeat that drops a silent peer, and the SSE stream's ending
 * rules (token expiry, lost access, shutdown) as close codes.
 */
describe('live events over a WebSocket', () => {
  let gw: GatewayHarness;
  let amqp: amqplib.ChannelModel;
  let channel: amqplib.ConfirmChannel;
  const sockets: LiveSocketClient[] = [];
  const wsUrl = (base: string, query = '') => `${base.replace(/^http/, 'ws')}/api/ws${query}`;
  const open = (url: string, options?: Parameters<typeof openLiveSocket>[1]) => {
    const socket = openLiveSocket(url, options);
    sockets.push(socket);
    return socket;
  };

  /** Publishes a domain event about a workspace as a service would. */
  const publish = async (workspaceId: string, name: string, payload: Record<string, unknown>) => {
    const id = randomUUID();
    channel.publish(
      `${gw.prefix}.events`,
      name,
      Buffer.from(
        JSON.stringify({
          id,
          name,
          occurred_at: new Date().toISOString(),
          correlation_id: 'ws-test',
          workspace_id: workspaceId,
          source: 'workflow-engine',
          payload,
        }),
      ),
    );
    await channel.waitForConfirms();
    return id;
  };

  /** The broadcast queue's binding is made at boot; publish until a first event arrives, so later ones are not lost. */
  const ready = async (socket: LiveSocketClient, user: Session) => {
    expect(await socket.opened).toEqual({ ok: true });
    await socket.next((f) => f.event === 'ready', { what: 'ready frame' });
    await waitFor(
      async () => {
        const id = await publish(user.workspaceId, 'crm.probe.emitted.v1', {});
        await new Promise((r) => setTimeout(r, 100));
        return socket.frames.some((f) => f.data?.id === id) || null;
      },
      { what: 'first event through' },
    );
  };

  beforeAll(async () => {
    gw = await startGateway({ LIVE_RECHECK_SECONDS: '1', LIVE_HEARTBEAT_SECONDS: '1' });
    amqp = await amqplib.connect(process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
    channel = await amqp.createConfirmChannel();
  });

  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  afterAll(async () => {
    await amqp?.close();
    await gw?.close();
  });

  it('refuses an upgrade without valid credentials with the error body', async () => {
    const none = await open(wsUrl(gw.url)).opened;
    expect(none).toMatchObject({ ok: false, status: 401, body: { status_code: 401, code: 'unauthorized' } });
    const forged = await open(wsUrl(gw.url, '?access_token=not.a.token')).opened;
    expect(forged).toMatchObject({ ok: false, status: 401, body: { code: 'invalid_token' } });
    const badKey = await open(wsUrl(gw.url), { headers: { 'X-API-Key': 'mab_made-up' } }).opened;
    expect(badKey).toMatchObject({ ok: false, status: 401, body: { code: 'invalid_api_key' } });
    // Any other path is not a WebSocket endpoint.
    const elsewhere = open(`${gw.url.replace(/^http/, 'ws')}/api/live`, { headers: bearer('x') });
    expect((await elsewhere.closed).code).toBe(1006);
  });

  it("delivers its workspace's events only, narrowed by topic subscriptions", async () => {
    const a = await registerUser(gw, 'ws-a');
    const b = await registerUser(gw, 'ws-b');
    const socketA = open(wsUrl(gw.url), { headers: bearer(a.access) });
    const socketB = open(wsUrl(gw.url, `?access_token=${encodeURIComponent(b.access)}`));
    await ready(socketA, a);
    await ready(socketB, b);
    expect(socketA.frames[0]).toMatchObject({
      event: 'ready',
      data: { workspace_id: a.workspaceId, topics: [], heartbeat_seconds: 1 },
    });

    // Everything of the workspace until the client narrows it; the frame carries the SSE stream's data.
    const [execution, other, workflow] = [randomUUID(), randomUUID(), randomUUID()];
    const first = await publish(a.workspaceId, 'workflow-engine.execution.started.v1', {
      execution_id: other,
      workflow_id: workflow,
    });
    const got = await socketA.next((f) => f.data?.id === first);
    expect(got).toEqual({
      event: 'workflow-engine.execution.started.v1',
      data: {
        id: first,
        name: 'workflow-engine.execution.started.v1',
        occurred_at: expect.any(String),
        payload: { execution_id: other, workflow_id: workflow },
      },
    });

    socketA.send('subscribe', { topics: [`execution:${execution.toUpperCase()}`] });
    const subscribed = await socketA.next((f) => f.event === 'subscribed');
    expect(subscribed.data).toEqual({ topics: [`execution:${execution}`] });
    const mark = socketA.frames.length;
    const skipped = await publish(a.workspaceId, 'workflow-engine.execution.step_completed.v1', {
      execution_id: other,
      workflow_id: workflow,
    });
    const wanted = await publish(a.workspaceId, 'workflow-engine.execution.completed.v1', {
      execution_id: execution,
      workflow_id: workflow,
    });
    await socketA.next((f) => f.data?.id === wanted);
    expect(socketA.frames.slice(mark).some((f) => f.data?.id === skipped)).toBe(false);

    // A workflow topic follows every run of it; unsubscribing everything returns to the whole feed.
    socketA.send('subscribe', { topics: [`workflow:${workflow}`] });
    await socketA.next((f) => f.event === 'subscribed' && f.data.topics.length === 2, { after: mark });
    const byWorkflow = await publish(a.workspaceId, 'workflow-engine.execution.failed.v1', {
      execution_id: other,
      workflow_id: workflow,
    });
    await socketA.next((f) => f.data?.id === byWorkflow);
    socketA.send('unsubscribe', { topics: [`execution:${execution}`, `workflow:${workflow}`] });
    await socketA.next((f) => f.event === 'subscribed' && f.data.topics.length === 0, { after: mark });
    const anyEvent = await publish(a.workspaceId, 'crm.contact.created.v1', { contact_id: randomUUID() });
    await socketA.next((f) => f.data?.id === anyEvent);

    // Workspace B saw none of A's events, even when it subscribes to A's execution and workflow by id.
    socketB.send('subscribe', { topics: [`execution:${execution}`, `workflow:${workflow}`] });
    await socketB.next((f) => f.event === 'subscribed');
    const foreign = await publish(a.workspaceId, 'workflow-engine.execution.completed.v1', {
      execution_id: execution,
      workflow_id: workflow,
    });
    await socketA.next((f) => f.data?.id === foreign);
    expect(socketB.frames.filter((f) => f.data?.name?.startsWith('workflow-engine.'))).toEqual([]);
  });

  it('answers bad messages with an error frame and keeps the connection', async () => {
    const a = await registerUser(gw, 'ws-bad');
    const socket = open(wsUrl(gw.url), { headers: bearer(a.access) });
    expect(await socket.opened).toEqual({ ok: true });
    socket.socket.send('not json');
    expect((await socket.next((f) => f.event === 'error')).data).toMatchObject({
      status_code: 400,
      code: 'bad_message',
    });
    let mark = socket.frames.length;
    socket.send('subscribe', { topics: ['execution:nope', 'planet:3'] });
    const invalid = await socket.next((f) => f.event === 'error', { after: mark });
    expect(invalid.data).toMatchObject({
      code: 'invalid_topic',
      details: [{ topic: 'execution:nope' }, { topic: 'planet:3' }],
    });
    mark = socket.frames.length;
    socket.send('subscribe', { topics: Array.from({ length: 101 }, () => `site:${randomUUID()}`) });
    expect((await socket.next((f) => f.event === 'error', { after: mark })).data.code).toBe('validation_failed');
    mark = socket.frames.length;
    socket.send('teleport', {});
    expect((await socket.next((f) => f.event === 'error', { after: mark })).data.code).toBe('unknown_event');
    socket.send('ping');
    await socket.next((f) => f.event === 'pong');
    // Larger than any message a client needs to send: closed by the ws library (1009, message too big).
    socket.socket.send(JSON.stringify({ event: 'subscribe', data: { topics: ['x'.repeat(20_000)] } }));
    expect((await socket.closed).code).toBe(1009);
  });

  it('sends a heartbeat with pings and drops a peer that stops answering them', async () => {
    const a = await registerUser(gw, 'ws-beat');
    const alive = open(wsUrl(gw.url), { headers: bearer(a.access) });
    const silent = open(wsUrl(gw.url), { headers: bearer(a.access), autoPong: false });
    expect(await alive.opened).toEqual({ ok: true });
    expect(await silent.opened).toEqual({ ok: true });
    await alive.next((f) => f.event === 'heartbeat', { what: 'heartbeat frame' });
    // The silent peer is terminated at the next beat after its unanswered ping (no close frame: 1006).
    expect((await silent.closed).code).toBe(1006);
    expect(silent.pings()).toBeGreaterThanOrEqual(1);
    await waitFor(() => alive.pings() >= 2 || null, { what: 'pings' });
    expect(alive.socket.readyState).toBe(alive.socket.OPEN);
  });

  it('authenticates an API key and closes when the key is revoked (4003), as for a removed member', async () => {
    const owner = await registerUser(gw, 'ws-owner');
    const key = await gw
      .http()
      .post('/api/auth/api-keys')
      .set(bearer(owner.access))
      .send({ name: 'dashboard', role: 'viewer' })
      .expect(201);
    const byKey = open(wsUrl(gw.url), { headers: { 'X-API-Key': key.body.key } });
    expect(await byKey.opened).toEqual({ ok: true });
    await byKey.next((f) => f.event === 'ready');

    const member = await joinWorkspace(gw, owner, 'viewer', 'ws-member');
    const byMember = open(wsUrl(gw.url), { headers: bearer(member.access) });
    expect(await byMember.opened).toEqual({ ok: true });

    await gw.http().delete(`/api/auth/api-keys/${key.body.id}`).set(bearer(owner.access)).expect(204);
    expect(await byKey.closed).toEqual({ code: 4003, reason: 'access_lost' });
    await gw.http().delete(`/api/workspaces/current/members/${member.userId}`).set(bearer(owner.access)).expect(204);
    expect(await byMember.closed).toEqual({ code: 4003, reason: 'access_lost' });
  });

  it('caps connections per workspace and closes every socket on shutdown (1001)', async () => {
    const replica = await gw.startReplica({ LIVE_SOCKETS_PER_WORKSPACE: '2' });
    const port = (replica.app.getHttpServer().address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}`;
    const user = await registerUser(replica, 'ws-expiry');
    const first = open(wsUrl(base), { headers: bearer(user.access) });
    const second = open(wsUrl(base), { headers: bearer(user.access) });
    expect(await first.opened).toEqual({ ok: true });
    expect(await second.opened).toEqual({ ok: true });
    const third = await open(wsUrl(base), { headers: bearer(user.access) }).opened;
    expect(third).toMatchObject({ ok: false, status: 429, body: { code: 'too_many_live_connections' } });
    // The client learns when its token expires, to reconnect with a fresh one before.
    const expiresAt = Date.parse((await first.next((f) => f.event === 'ready')).data.expires_at);
    expect(expiresAt).toBeGreaterThan(Date.now());

    // Closing one frees its place.
    second.close();
    await second.closed;
    const again = open(wsUrl(base), { headers: bearer(user.access) });
    await waitFor(async () => ((await again.opened).ok ? true : null), { what: 'a freed place' });

    // Shutdown: every open socket is closed with 1001 (going away), and the close does not hang on them.
    await replica.app.close();
    expect(await first.closed).toMatchObject({ code: 1001, reason: 'shutdown' });
    expect(await again.closed).toMatchObject({ code: 1001 });
  });

  it('closes with 4001 when the access token expires', async () => {
    const replica = await gw.startReplica();
    const port = (replica.app.getHttpServer().address() as { port: number }).port;
    const user = await registerUser(replica, 'ws-ttl');
    // A token that expires in two seconds, signed with the gateway's settings (ACCESS_TOKEN_TTL_SECONDS is 30 s at least).
    const jwt = replica.app.get((await import('@nestjs/jwt')).JwtService);
    const claims = JSON.parse(Buffer.from(user.access.split('.')[1], 'base64url').toString());
    const short = await jwt.signAsync(
      { sub: claims.sub, ws: claims.ws, tv: claims.tv, sid: claims.sid },
      { expiresIn: 2 },
    );
    const socket = open(wsUrl(`http://127.0.0.1:${port}`), { headers: bearer(short) });
    expect(await socket.opened).toEqual({ ok: true });
    expect(await socket.closed).toEqual({ code: 4001, reason: 'token_expired' });
    const late = await open(wsUrl(`http://127.0.0.1:${port}`), { headers: bearer(short) }).opened;
    expect(late).toMatchObject({ ok: false, status: 401, body: { code: 'token_expired' } });
  });
});
