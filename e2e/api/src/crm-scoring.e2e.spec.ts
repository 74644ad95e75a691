import type { INestApplication } from '@nestjs/common';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ADJUST_SCORE, type AdjustScoreRequest } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import {
  TEST_AMQP_URL,
  TEST_RETRY_DELAYS_MS,
  expectCrossTenantNotFound,
  freePort,
  mainOf,
  signUp,
  startPlatform,
  startRuntimeTestApp,
  waitFor,
  type Platform,
  type SignedUp,
} from '@mab/testing';

interface ScoreChange {
  points: number;
  reason: string;
  kind: string;
  rule_id: string | null;
  score_after: number;
}

/** How often each crm replica runs the decay job here (every minute in production). */
const DECAY_INTERVAL_MS = 200;

/**
 * Lead scoring through the gateway and the engine's commands: rules (once, repeatable, capped), idempotent
 * adjustments, threshold events once per upward crossing, recompute from the log, and decay run by two crm
 * replicas at once taking each period's points exactly once.
 */
describe('crm: lead scoring', () => {
  let platform: Platform;
  let engine: INestApplication;
  let secondCrm: ChildProcess | undefined;
  const secondCrmOutput: string[] = [];
  let a: SignedUp;
  let b: SignedUp;

  const adjust = (workspaceId: string, payload: AdjustScoreRequest) =>
    engine.get(ServiceClient).request(ADJUST_SCORE, payload, { workspaceId });

  const contactIn = async (who: SignedUp, email: string): Promise<string> => {
    const res = await who.api.post('/api/crm/contacts', { email });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  const scoreOf = async (who: SignedUp, contactId: string) =>
    (await who.api.get(`/api/crm/contacts/${contactId}`)).body.lead_score as number;

  /** A second crm process on the same database and broker: a replica, as Kubernetes would run it. */
  const startSecondCrm = async () => {
    const port = await freePort();
    secondCrm = spawn(process.execPath, [mainOf('crm')], {
      cwd: path.resolve(__dirname, '../../..'),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: platform.db.url,
        AMQP_URL: TEST_AMQP_URL,
        AMQP_PREFIX: platform.prefix,
        RETRY_DELAYS_MS: TEST_RETRY_DELAYS_MS.join(','),
        OUTBOX_POLL_MS: '100',
        DB_POOL_SIZE: '4',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
        SCORE_DECAY_INTERVAL_MS: String(DECAY_INTERVAL_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (d: Buffer) => secondCrmOutput.push(...String(d).split('\n').filter(Boolean));
    secondCrm.stdout!.on('data', collect);
    secondCrm.stderr!.on('data', collect);
    await waitFor(
      async () => {
        if (secondCrm!.exitCode !== null) throw new Error(`second crm exited: ${secondCrmOutput.slice(-5).join('\n')}`);
        return (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200;
      },
      { timeoutMs: 60_000, intervalMs: 100, what: 'the second crm to be ready' },
    );
  };

  beforeAll(async () => {
    platform = await startPlatform({
      services: ['gateway', 'crm'],
      label: 'crm-scoring',
      env: { SCORE_DECAY_INTERVAL_MS: String(DECAY_INTERVAL_MS) },
    });
    await startSecondCrm();
    // Stands in for the workflow engine: a process on the same broker sending crm commands.
    engine = await startRuntimeTestApp({
      service: 'workflow-engine',
      databaseUrl: platform.db.url,
      prefix: platform.prefix,
    });
    a = await signUp(platform.gatewayUrl, 'score-a');
    b = await signUp(platform.gatewayUrl, 'score-b');
  }, 120_000);

  afterAll(async () => {
    if (secondCrm && secondCrm.exitCode === null) {
      const exited = new Promise((resolve) => secondCrm!.once('exit', resolve));
      secondCrm.kill('SIGTERM');
      await exited;
    }
    await engine?.close();
    await platform?.close();
  });

  it('validates rules, naming the field', async () => {
    const base = { name: 'R', activity_type: 'note', conditions: [], points: 5, frequency: 'repeatable' };
    const zero = await a.api.post('/api/crm/score-rules', { ...base, points: 0 });
    expect(zero).toMatchObject({ status: 400, body: { details: [{ field: 'points' }] } });
    const loop = await a.api.post('/api/crm/score-rules', { ...base, activity_type: 'score_changed' });
    expect(loop).toMatchObject({ status: 400, body: { details: [{ field: 'activity_type' }] } });
    const notNumber = await a.api.post('/api/crm/score-rules', {
      ...base,
      conditions: [{ field: 'minutes', operator: 'gt', value: 'many' }],
    });
    expect(notNumber).toMatchObject({ status: 400, body: { details: [{ field: 'conditions.0.value' }] } });
    const badPath = await a.api.post('/api/crm/score-rules', {
      ...base,
      conditions: [{ field: '../x', operator: 'exists' }],
    });
    expect(badPath.status).toBe(400);
    expect(JSON.stringify(badPath.body.details)).toContain('conditions.0.field');
  });

  it('adds points by rules: repeatable, once-only applied once, capped', async () => {
    const rule = async (body: object) => {
      const res = await a.api.post('/api/crm/score-rules', body);
      expect(res.status).toBe(201);
      return res.body as { id: string };
    };
    const demo = await rule({
      name: 'Demo request',
      activity_type: 'note',
      conditions: [{ field: 'text', operator: 'contains', value: 'demo' }],
      points: 10,
      frequency: 'repeatable',
    });
    const webinar = await rule({
      name: 'Webinar',
      activity_type: 'custom',
      conditions: [{ field: 'event', operator: 'equals', value: 'webinar' }],
      points: 25,
      frequency: 'once',
    });
    const engaged = await rule({
      name: 'Engaged',
      activity_type: 'custom',
      conditions: [{ field: 'minutes', operator: 'gte', value: 5 }],
      points: 4,
      frequency: 'repeatable',
      cap: 10,
    });
    await rule({
      name: 'Inactive rule',
      activity_type: 'note',
      conditions: [],
      points: 100,
      frequency: 'repeatable',
      active: false,
    });
    const listed = await a.api.get('/api/crm/score-rules?activity_type=custom');
    expect(listed.body.items.map((r: { name: string }) => r.name).sort()).toEqual(['Engaged', 'Webinar']);

    const id = await contactIn(a, 'lead@example.com');
    const record = async (type: string, data: object) =>
      expect((await a.api.post(`/api/crm/contacts/${id}/activities`, { type, data })).status).toBe(201);
    await record('note', { text: 'Wants a DEMO next week' });
    expect(await scoreOf(a, id)).toBe(10);
    await record('note', { text: 'Said hello' });
    expect(await scoreOf(a, id)).toBe(10);
    await record('custom', { event: 'webinar' });
    await record('custom', { event: 'Webinar' });
    expect(await scoreOf(a, id)).toBe(35);
    for (let i = 0; i < 4; i++) await record('custom', { minutes: '12' });
    expect(await scoreOf(a, id)).toBe(45);

    const score = await a.api.get(`/api/crm/contacts/${id}/score`);
    expect(score.status).toBe(200);
    expect(score.body).toMatchObject({ contact_id: id, score: 45 });
    const changes = score.body.changes.items as ScoreChange[];
    expect(changes.map((c) => [c.rule_id, c.points, c.score_after])).toEqual([
      [engaged.id, 2, 45],
      [engaged.id, 4, 43],
      [engaged.id, 4, 39],
      [webinar.id, 25, 35],
      [demo.id, 10, 10],
    ]);
    expect(changes[0]).toMatchObject({ kind: 'rule', reason: 'rule: Engaged' });
    // Keyset pages of the log.
    const first = await a.api.get(`/api/crm/contacts/${id}/score?limit=2`);
    const next = await a.api.get(`/api/crm/contacts/${id}/score?limit=2&cursor=${first.body.changes.next_cursor}`);
    expect(next.body.changes.items.map((c: ScoreChange) => c.score_after)).toEqual([39, 35]);
    // Each change is on the timeline, and did not count as the contact's own activity.
    const timeline = await a.api.get(`/api/crm/contacts/${id}/activities?type=score_changed`);
    expect(timeline.body.total).toBe(5);
    expect(timeline.body.items[0].data).toMatchObject({ points: 2, score_after: 45, rule_id: engaged.id });

    // A deactivated rule stops scoring; a changed one scores anew.
    await a.api.patch(`/api/crm/score-rules/${demo.id}`, { active: false });
    await record('note', { text: 'another demo' });
    expect(await scoreOf(a, id)).toBe(45);
  });

  it('applies crm.score.adjust once per idempotency key', async () => {
    const id = await contactIn(a, 'adjusted@example.com');
    const key = `step-${Date.now()}`;
    const first = await adjust(a.workspaceId, {
      email: 'adjusted@example.com',
      points: 15,
      reason: 'Booked a demo',
      idempotency_key: key,
    });
    const again = await adjust(a.workspaceId, { contact_id: id, points: 15, reason: 'retry', idempotency_key: key });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ contact_id: id, score: 15, previous_score: 0, points: 15 });
    await adjust(a.workspaceId, { contact_id: id, points: -5, reason: 'Unsubscribed from the newsletter' });
    expect(await scoreOf(a, id)).toBe(10);
    const log = (await a.api.get(`/api/crm/contacts/${id}/score`)).body.changes.items as ScoreChange[];
    expect(log.map((c) => [c.kind, c.points, c.reason])).toEqual([
      ['adjust', -5, 'Unsubscribed from the newsletter'],
      ['adjust', 15, 'Booked a demo'],
    ]);
    await expect(adjust(a.workspaceId, { email: 'nobody@example.com', points: 1, reason: 'x' })).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('publishes the threshold event once per upward crossing, and adds its tag', async () => {
    const mql = await a.api.post('/api/crm/score-thresholds', { name: 'MQL', score: 50, tag_to_add: 'mql' });
    expect(mql.status).toBe(201);
    const sql = (await a.api.post('/api/crm/score-thresholds', { name: 'SQL', score: 100 })).body;
    expect((await a.api.post('/api/crm/score-thresholds', { name: 'mql', score: 60 })).status).toBe(409);
    const listed = await a.api.get('/api/crm/score-thresholds');
    expect(listed.body.items.map((t: { name: string }) => t.name)).toEqual(['MQL', 'SQL']);

    const id = await contactIn(a, 'crossing@example.com');
    const steps = [
      [60, 'crosses MQL'],
      [10, 'stays above'],
      [-30, 'falls below'],
      [15, 'crosses MQL again'],
      [100, 'crosses SQL'],
    ] as const;
    for (const [points, reason] of steps) await adjust(a.workspaceId, { contact_id: id, points, reason });
    // A retried step does not cross again.
    const key = `cross-${Date.now()}`;
    await adjust(a.workspaceId, { contact_id: id, points: -100, reason: 'drop', idempotency_key: key });
    await adjust(a.workspaceId, { contact_id: id, points: -100, reason: 'drop', idempotency_key: key });
    expect(await scoreOf(a, id)).toBe(55);

    const events = await platform.db.query<{ payload: Record<string, unknown> }>(
      `SELECT envelope->'payload' AS payload FROM crm.outbox
        WHERE name = 'crm.contact.score_threshold_reached.v1' AND envelope->'payload'->>'contact_id' = $1
        ORDER BY sequence`,
      [id],
    );
    expect(events.map((e) => e.payload)).toEqual([
      { contact_id: id, threshold_id: mql.body.id, threshold_name: 'MQL', score: 60, previous_score: 0 },
      { contact_id: id, threshold_id: mql.body.id, threshold_name: 'MQL', score: 55, previous_score: 40 },
      { contact_id: id, threshold_id: sql.id, threshold_name: 'SQL', score: 155, previous_score: 55 },
    ]);
    const contact = (await a.api.get(`/api/crm/contacts/${id}`)).body;
    expect(contact.tags).toEqual(['mql']);
    // Every change of the score is also a crm.contact.updated.v1 naming lead_score.
    const updates = await platform.db.query<{ changed: string[] }>(
      `SELECT envelope->'payload'->'changed' AS changed FROM crm.outbox
        WHERE name = 'crm.contact.updated.v1' AND envelope->'payload'->>'contact_id' = $1 ORDER BY sequence`,
      [id],
    );
    expect(updates.map((u) => u.changed)).toEqual([
      ['lead_score', 'tags'],
      ['lead_score'],
      ['lead_score'],
      ['lead_score'],
      ['lead_score'],
      ['lead_score'],
    ]);
  });

  it('recomputes a corrupted score from the log', async () => {
    const id = await contactIn(a, 'recompute@example.com');
    await adjust(a.workspaceId, { contact_id: id, points: 40, reason: 'import' });
    await adjust(a.workspaceId, { contact_id: id, points: -7, reason: 'bounce' });
    await platform.db.query('UPDATE crm.contacts SET lead_score = 999 WHERE id = $1', [id]);
    expect(await scoreOf(a, id)).toBe(999);
    const fixed = await a.api.post(`/api/crm/contacts/${id}/score/recompute`);
    expect(fixed).toMatchObject({
      status: 200,
      body: { contact_id: id, score: 33, previous_score: 999, corrected: true },
    });
    expect(await scoreOf(a, id)).toBe(33);
    const again = await a.api.post(`/api/crm/contacts/${id}/score/recompute`);
    expect(again.body).toMatchObject({ score: 33, corrected: false });
  });

  it("answers 404 for another workspace's rules, thresholds and contact scores", async () => {
    const contact = await contactIn(a, 'private-score@example.com');
    const rule = (
      await a.api.post('/api/crm/score-rules', {
        name: 'Private',
        activity_type: 'note',
        conditions: [],
        points: 1,
        frequency: 'once',
      })
    ).body;
    const threshold = (await a.api.post('/api/crm/score-thresholds', { name: 'Private', score: 5 })).body;
    await expectCrossTenantNotFound(
      platform.gatewayUrl,
      [
        { name: 'score rule', method: 'get', path: `/api/crm/score-rules/${rule.id}` },
        { name: 'score rule update', method: 'patch', path: `/api/crm/score-rules/${rule.id}`, body: { points: 9 } },
        { name: 'score rule delete', method: 'delete', path: `/api/crm/score-rules/${rule.id}` },
        { name: 'score threshold', method: 'get', path: `/api/crm/score-thresholds/${threshold.id}` },
        {
          name: 'score threshold update',
          method: 'patch',
          path: `/api/crm/score-thresholds/${threshold.id}`,
          body: { score: 9 },
        },
        { name: 'score threshold delete', method: 'delete', path: `/api/crm/score-thresholds/${threshold.id}` },
        { name: 'contact score', method: 'get', path: `/api/crm/contacts/${contact}/score` },
        { name: 'contact score recompute', method: 'post', path: `/api/crm/contacts/${contact}/score/recompute` },
      ],
      { Authorization: `Bearer ${b.accessToken}` },
    );
    await expect(adjust(b.workspaceId, { contact_id: contact, points: 5, reason: 'takeover' })).rejects.toMatchObject({
      statusCode: 404,
    });
    expect(await scoreOf(a, contact)).toBe(0);
    expect((await b.api.get('/api/crm/score-rules')).body.total).toBe(0);
    expect((await b.api.get('/api/crm/score-thresholds')).body.total).toBe(0);
    // Settings are per workspace too.
    await a.api.request('PUT', '/api/crm/score-settings', { enabled: false, points: 3, after_days: 10, every_days: 5 });
    expect((await b.api.get('/api/crm/score-settings')).body).toMatchObject({ points: 5, updated_at: null });
    expect((await a.api.get('/api/crm/score-settings')).body).toMatchObject({ points: 3, floor: 0 });
  });

  it('decays inactive contacts once per period with two crm replicas running the job', async () => {
    const d = await signUp(platform.gatewayUrl, 'score-decay');
    const settings = await d.api.request('PUT', '/api/crm/score-settings', {
      enabled: true,
      points: 10,
      after_days: 7,
      every_days: 7,
      floor: 0,
    });
    expect(settings).toMatchObject({ status: 200, body: { enabled: true, points: 10, floor: 0 } });
    // 1,200 inactive contacts (more than two batches, so both replicas find work at once), at 30 points, plus one
    // near the floor and one active contact, through the API.
    await platform.db.query(
      `INSERT INTO crm.contacts ("workspace_id", "email", "lead_score", "last_activity_at")
       SELECT $1, 'idle' || i || '@example.com', 30, now() - interval '8 days' FROM generate_series(1, 1200) AS i`,
      [d.workspaceId],
    );
    const low = await contactIn(d, 'low@example.com');
    const active = await contactIn(d, 'active@example.com');
    await adjust(d.workspaceId, { contact_id: low, points: 3, reason: 'a little interest' });
    await adjust(d.workspaceId, { contact_id: active, points: 30, reason: 'a lot of interest' });
    await platform.db.query(`UPDATE crm.contacts SET last_activity_at = now() - interval '8 days' WHERE id = $1`, [
      low,
    ]);
    const idle = `workspace_id = $1 AND email LIKE 'idle%'`;
    await waitFor(
      async () =>
        (
          await platform.db.query<{ n: string }>(
            `SELECT count(*) AS n FROM crm.contacts WHERE ${idle} AND lead_score = 20`,
            [d.workspaceId],
          )
        )[0].n === '1200',
      { timeoutMs: 60_000, intervalMs: 200, what: 'every idle contact to decay' },
    );
    // Many more runs of both replicas: still exactly one decay per contact for this period.
    await new Promise((r) => setTimeout(r, DECAY_INTERVAL_MS * 10));
    const scores = await platform.db.query<{ lead_score: number; n: string }>(
      `SELECT lead_score, count(*) AS n FROM crm.contacts WHERE ${idle} GROUP BY lead_score`,
      [d.workspaceId],
    );
    expect(scores).toEqual([{ lead_score: 20, n: '1200' }]);
    const decays = await platform.db.query<{ rows: string; contacts: string; points: string }>(
      `SELECT count(*) AS rows, count(DISTINCT contact_id) AS contacts, sum(points) AS points
         FROM crm.score_changes WHERE workspace_id = $1 AND kind = 'decay'`,
      [d.workspaceId],
    );
    expect(decays[0]).toEqual({ rows: '1201', contacts: '1201', points: String(-10 * 1200 - 3) });
    expect(await scoreOf(d, low)).toBe(0); // down to the floor, not past it
    expect(await scoreOf(d, active)).toBe(30);
    const lowLog = (await d.api.get(`/api/crm/contacts/${low}/score`)).body.changes.items as ScoreChange[];
    expect(lowLog[0]).toMatchObject({ kind: 'decay', points: -3, score_after: 0 });
    // Decay is not activity: the inactivity it measures goes on.
    const lowContact = (await d.api.get(`/api/crm/contacts/${low}`)).body;
    expect(Date.now() - Date.parse(lowContact.last_activity_at)).toBeGreaterThan(7 * 86_400_000);

    // The next period, with only the second replica left: it runs the job on its own.
    await platform.kill('crm', 'SIGTERM');
    const sample = await platform.db.query<{ id: string }>(
      `SELECT id FROM crm.contacts WHERE ${idle} ORDER BY id LIMIT 1`,
      [d.workspaceId],
    );
    const one = sample[0].id;
    await platform.db.query(`UPDATE crm.contacts SET last_activity_at = now() - interval '15 days' WHERE id = $1`, [
      one,
    ]);
    await waitFor(async () => (await scoreOf(d, one)) === 10, {
      timeoutMs: 20_000,
      intervalMs: 100,
      what: 'the second period to decay',
    });
    await new Promise((r) => setTimeout(r, DECAY_INTERVAL_MS * 5));
    expect(await scoreOf(d, one)).toBe(10);
    expect(secondCrm!.exitCode).toBeNull();
    await platform.start('crm');
  }, 120_000);
});
