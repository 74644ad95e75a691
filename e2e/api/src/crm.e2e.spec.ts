import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TAG_CONTACT, UPSERT_CONTACT, RECORD_ACTIVITY } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import {
  expectCrossTenantNotFound,
  signUp,
  startPlatform,
  startRuntimeTestApp,
  waitFor,
  type Platform,
  type SignedUp,
} from '@mab/testing';

interface Contact {
  id: string;
  email: string;
  name: string | null;
  phone: string | null;
  tags: string[];
  custom_fields: Record<string, unknown>;
  lead_score: number;
  status: string;
  source_component: string | null;
  created_at: string;
}

/**
 * The CRM core through the gateway (and the engine's commands over the broker): custom fields, contacts with
 * upsert under concurrency, filters and keyset pages over 10k contacts, the timeline fed by a published site's
 * visitor (page views attached when they submit the form), idempotent commands, tenant isolation.
 */
describe('crm: contacts, custom fields and activities', () => {
  let platform: Platform;
  let engine: INestApplication;
  let a: SignedUp;
  let b: SignedUp;

  beforeAll(async () => {
    platform = await startPlatform({ services: ['gateway', 'template', 'crm'], label: 'crm' });
    // Stands in for the workflow engine: a process on the same broker sending crm commands.
    engine = await startRuntimeTestApp({
      service: 'workflow-engine',
      databaseUrl: platform.db.url,
      prefix: platform.prefix,
    });
    a = await signUp(platform.gatewayUrl, 'crm-a');
    b = await signUp(platform.gatewayUrl, 'crm-b');
  }, 120_000);

  afterAll(async () => {
    await engine?.close();
    await platform?.close();
  });

  it('defines custom fields and validates values against them, naming the field', async () => {
    const size = await a.api.post('/api/crm/custom-fields', {
      key: 'company_size',
      label: 'Company size',
      type: 'select',
      options: ['1-10', '11-50', '51-200'],
    });
    expect(size.status).toBe(201);
    for (const field of [
      { key: 'employees', label: 'Employees', type: 'number' },
      { key: 'renewal', label: 'Renewal date', type: 'date' },
      { key: 'vip', label: 'VIP', type: 'boolean' },
      { key: 'company', label: 'Company', type: 'text' },
    ]) {
      expect((await a.api.post('/api/crm/custom-fields', field)).status).toBe(201);
    }
    expect((await a.api.post('/api/crm/custom-fields', { key: 'company', label: 'Again', type: 'text' })).status).toBe(
      409,
    );
    expect((await a.api.post('/api/crm/custom-fields', { key: 'plan', label: 'Plan', type: 'select' })).status).toBe(
      400,
    );

    const bad = await a.api.post('/api/crm/contacts', {
      email: 'fields@example.com',
      custom_fields: { company_size: '9000', employees: 'many', renewal: '2027-02-30', vip: 'yes', nope: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'custom_fields.company_size',
      'custom_fields.employees',
      'custom_fields.nope',
      'custom_fields.renewal',
      'custom_fields.vip',
    ]);
    const good = await a.api.post('/api/crm/contacts', {
      email: 'Fields@Example.com',
      custom_fields: { company_size: '11-50', employees: 42, renewal: '2027-03-01', vip: true, company: 'Acme' },
    });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ email: 'fields@example.com', custom_fields: { employees: 42, vip: true } });
    // PATCH: null removes a value, others merge.
    const patched = await a.api.patch(`/api/crm/contacts/${good.body.id}`, {
      custom_fields: { vip: null, employees: 43 },
    });
    expect(patched.body.custom_fields).toEqual({
      company_size: '11-50',
      employees: 43,
      renewal: '2027-03-01',
      company: 'Acme',
    });
  });

  it('creates once per address (any letter case), and upserts merge without wiping known values', async () => {
    const created = await a.api.post('/api/crm/contacts', {
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      phone: '+44 20 7946 0958',
      tags: ['lead'],
    });
    expect(created.status).toBe(201);
    expect(created.body.phone).toBe('+442079460958');
    const again = await a.api.post('/api/crm/contacts', { email: 'ADA@example.com' });
    expect(again).toMatchObject({ status: 409, body: { code: 'email_taken', details: [{ field: 'email' }] } });

    const merged = await a.api.post('/api/crm/contacts?upsert=true', {
      email: 'Ada@Example.com',
      name: '',
      phone: null,
      tags: ['Newsletter', 'LEAD'],
      custom_fields: { company: 'Analytical Engines' },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      id: created.body.id,
      name: 'Ada Lovelace',
      phone: '+442079460958',
      tags: ['lead', 'Newsletter'],
      custom_fields: { company: 'Analytical Engines' },
    });
    const fresh = await a.api.post('/api/crm/contacts?upsert=true', { email: 'new@example.com' });
    expect(fresh.status).toBe(201);
  });

  it('gives one contact for simultaneous upserts of one address', async () => {
    const email = `race-${randomUUID().slice(0, 8)}@example.com`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        a.api.post('/api/crm/contacts?upsert=true', { email, tags: [`t${i}`], name: i === 5 ? 'Racer' : undefined }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    const ids = new Set(results.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    const contact = (await a.api.get(`/api/crm/contacts/${[...ids][0]}`)).body as Contact;
    expect(contact.tags).toHaveLength(12);
    expect(contact.name).toBe('Racer');
    const rows = await platform.db.query('SELECT 1 FROM crm.contacts WHERE email = $1', [email]);
    expect(rows).toHaveLength(1);
  });

  it('filters and pages correctly over 10,000 contacts', async () => {
    await b.api.post('/api/crm/custom-fields', {
      key: 'plan',
      label: 'Plan',
      type: 'select',
      options: ['free', 'pro'],
    });
    // Generated in SQL, as an import would: varied tags, statuses, scores, dates and custom fields.
    await platform.db.query(
      `INSERT INTO crm.contacts ("workspace_id", "email", "name", "tags", "custom_fields", "lead_score", "status", "created_at", "updated_at")
       SELECT $1, 'gen' || i || '@example.com', 'Person ' || i,
              CASE WHEN i % 3 = 0 THEN ARRAY['vip'] WHEN i % 3 = 1 THEN ARRAY['lead', 'webinar'] ELSE ARRAY[]::text[] END,
              jsonb_build_object('plan', CASE WHEN i % 4 = 0 THEN 'pro' ELSE 'free' END),
              i % 100,
              CASE WHEN i % 10 = 0 THEN 'unsubscribed' ELSE 'active' END,
              now() - (i || ' minutes')::interval, now()
         FROM generate_series(1, 10000) AS i`,
      [b.workspaceId],
    );
    type ContactPage = { items: Contact[]; total: number; next_cursor: string | null; total_capped?: true };
    const walk = async (query: string) => {
      const seen: Contact[] = [];
      let cursor: string | null = null;
      let first: ContactPage | null = null;
      do {
        const page: { status: number; body: ContactPage } = await b.api.get(
          `/api/crm/contacts?${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        first ??= page.body;
        seen.push(...page.body.items);
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
      // Past 10,000 the count stops: `total` is the cap, flagged, and the pages still hold every contact.
      if (first!.total_capped) expect(first!.total).toBe(10000);
      else expect(seen.length).toBe(first!.total);
      if (query.includes('sort=-lead_score')) {
        const scores = seen.map((c) => c.lead_score);
        expect(scores).toEqual([...scores].sort((x, y) => y - x));
      }
      return seen.length;
    };
    const expected = async (where: string) =>
      Number(
        (
          await platform.db.query<{ n: string }>(
            `SELECT count(*) AS n FROM crm.contacts WHERE workspace_id = $1 AND ${where}`,
            [b.workspaceId],
          )
        )[0].n,
      );
    expect(await walk('sort=-created_at')).toBe(10000);
    expect(await walk('tag=vip&status=active')).toBe(await expected(`'vip' = ANY(tags) AND status = 'active'`));
    expect(await walk('score_min=90&sort=-lead_score')).toBe(await expected('lead_score >= 90'));
    expect(await walk('custom_field=plan:pro&score_max=10')).toBe(
      await expected(`custom_fields->>'plan' = 'pro' AND lead_score <= 10`),
    );
    expect(await walk('q=person%20999')).toBe(await expected(`name ILIKE '%person 999%'`));
    // A filtered list with few matches is sorted rather than found along the score index; its pages stay in order.
    expect(await walk('tag=vip&status=unsubscribed&sort=-lead_score')).toBe(
      await expected(`'vip' = ANY(tags) AND status = 'unsubscribed'`),
    );
    expect(await walk('tag=lead&sort=-lead_score')).toBe(await expected(`'lead' = ANY(tags)`));
    // One more than the count limit: the total is capped and says so; the walk still finds all 10,001.
    expect((await b.api.post('/api/crm/contacts', { email: 'one-more@example.com' })).status).toBe(201);
    const capped = await b.api.get('/api/crm/contacts?limit=10');
    expect(capped.body).toMatchObject({ total: 10000, total_capped: true });
    expect(await walk('sort=-created_at')).toBe(10001);
    expect((await b.api.get('/api/crm/contacts?tag=vip&limit=1')).body.total_capped).toBeUndefined();
    // Sorted: a lead-score page is in order.
    const top = await b.api.get('/api/crm/contacts?sort=-lead_score&limit=50');
    const scores = top.body.items.map((c: Contact) => c.lead_score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect((await b.api.get('/api/crm/contacts?custom_field=nope:1')).status).toBe(400);
    expect((await b.api.get('/api/crm/contacts?custom_field=plan:gold')).status).toBe(400);
    expect((await b.api.get('/api/crm/contacts?sort=shoe_size')).status).toBe(400);
  });

  it("turns a form submission into a contact with its source, and attaches the visitor's earlier page views", async () => {
    const templates = await a.api.get('/api/templates?category=saas');
    const made = await a.api.post(`/api/templates/${templates.body.items[0].id}/instantiate`, {
      customizations: { company_name: 'Pipeline Co' },
    });
    const site = made.body.site;
    const form = made.body.components.find((c: { type: string }) =>
      ['contact_form', 'newsletter_signup', 'booking_form'].includes(c.type),
    );
    await a.api.post(`/api/sites/${site.id}/publish`);
    const visitor = `v-${randomUUID()}`;
    const post = (body: object) => a.api.post(`/api/public/sites/${site.id}/events`, body);
    await waitFor(async () =>
      (await post({ type: 'page_view', visitor_id: visitor, page: '/' })).status === 202 ? true : null,
    );
    await post({ type: 'page_view', visitor_id: visitor, page: '/pricing', event_id: randomUUID() });
    // The views must be in the CRM before the submission for "earlier" to mean anything.
    await waitFor(async () => {
      const rows = await platform.db.query('SELECT 1 FROM crm.activities WHERE visitor_id = $1', [visitor]);
      return rows.length === 2 || null;
    });
    const submitted = await post({
      type: 'form_submission',
      component_id: form.id,
      visitor_id: visitor,
      page: form.page,
      event_id: randomUUID(),
      data: { form_data: { email: 'Visitor@Example.com', name: 'Grace Hopper', message: 'Hello' } },
    });
    expect(submitted.status).toBe(202);
    const contact = await waitFor(async () => {
      const found = await a.api.get('/api/crm/contacts?q=visitor@example.com');
      return found.body.items[0] as Contact | undefined;
    });
    expect(contact).toMatchObject({ email: 'visitor@example.com', name: 'Grace Hopper', source_component: form.id });
    const timeline = await waitFor(async () => {
      const res = await a.api.get(`/api/crm/contacts/${contact.id}/activities`);
      return res.body.items.length === 3 ? res.body.items : null;
    });
    expect(timeline.map((t: { type: string }) => t.type).sort()).toEqual(['form_submission', 'page_view', 'page_view']);
    expect(timeline[0]).toMatchObject({ type: 'form_submission', component_id: form.id, site_id: site.id });
    // Later views go straight to the known visitor's timeline.
    await post({ type: 'page_view', visitor_id: visitor, page: '/', event_id: randomUUID() });
    await waitFor(async () => {
      const res = await a.api.get(`/api/crm/contacts/${contact.id}/activities?type=page_view`);
      return res.body.total === 3 || null;
    });
    const me = (await a.api.get(`/api/crm/contacts/${contact.id}`)).body as Contact & { last_activity_at: string };
    expect(me.last_activity_at).toEqual(expect.any(String));
  });

  it('answers a retried engine command with its first result and no second effect', async () => {
    const client = engine.get(ServiceClient);
    const key = `step-${randomUUID()}`;
    const first = await client.request(
      UPSERT_CONTACT,
      { email: 'engine@example.com', tags: ['from-workflow'], idempotency_key: key },
      { workspaceId: a.workspaceId },
    );
    const second = await client.request(
      UPSERT_CONTACT,
      { email: 'engine@example.com', tags: ['other'], idempotency_key: key },
      { workspaceId: a.workspaceId },
    );
    expect(second).toEqual(first);
    expect(first.created).toBe(true);
    const tagKey = `tag-${randomUUID()}`;
    await client.request(
      TAG_CONTACT,
      { email: 'engine@example.com', add: ['hot'], idempotency_key: tagKey },
      { workspaceId: a.workspaceId },
    );
    await client.request(
      TAG_CONTACT,
      { email: 'engine@example.com', add: ['hot'], remove: ['hot'], idempotency_key: tagKey },
      { workspaceId: a.workspaceId },
    );
    const noteKey = `note-${randomUUID()}`;
    const note = await client.request(
      RECORD_ACTIVITY,
      { email: 'engine@example.com', type: 'workflow_step', data: { step: 'tag' }, idempotency_key: noteKey },
      { workspaceId: a.workspaceId },
    );
    expect(
      await client.request(
        RECORD_ACTIVITY,
        { email: 'engine@example.com', type: 'workflow_step', idempotency_key: noteKey },
        { workspaceId: a.workspaceId },
      ),
    ).toEqual(note);
    const contact = (await a.api.get(`/api/crm/contacts/${first.contact.id}`)).body as Contact;
    expect(contact.tags).toEqual(['from-workflow', 'hot']);
    const steps = await a.api.get(`/api/crm/contacts/${contact.id}/activities?type=workflow_step`);
    expect(steps.body.total).toBe(1);
  });

  it("answers 404 for another workspace's contacts, activities and custom fields", async () => {
    const contact = (await a.api.post('/api/crm/contacts', { email: 'private@example.com' })).body;
    const field = (await a.api.post('/api/crm/custom-fields', { key: 'secret', label: 'Secret', type: 'text' })).body;
    await expectCrossTenantNotFound(
      platform.gatewayUrl,
      [
        { name: 'contact', method: 'get', path: `/api/crm/contacts/${contact.id}` },
        { name: 'contact update', method: 'patch', path: `/api/crm/contacts/${contact.id}`, body: { name: 'x' } },
        { name: 'contact delete', method: 'delete', path: `/api/crm/contacts/${contact.id}` },
        { name: 'contact tags', method: 'post', path: `/api/crm/contacts/${contact.id}/tags`, body: { add: ['x'] } },
        { name: 'activities', method: 'get', path: `/api/crm/contacts/${contact.id}/activities` },
        {
          name: 'activity record',
          method: 'post',
          path: `/api/crm/contacts/${contact.id}/activities`,
          body: { type: 'note', data: { text: 'x' } },
        },
        { name: 'custom field', method: 'get', path: `/api/crm/custom-fields/${field.id}` },
        {
          name: 'custom field update',
          method: 'patch',
          path: `/api/crm/custom-fields/${field.id}`,
          body: { label: 'x' },
        },
        { name: 'custom field delete', method: 'delete', path: `/api/crm/custom-fields/${field.id}` },
      ],
      { Authorization: `Bearer ${b.accessToken}` },
    );
    const theirs = await b.api.get('/api/crm/contacts?q=private');
    expect(theirs.body.total).toBe(0);
  });
});
