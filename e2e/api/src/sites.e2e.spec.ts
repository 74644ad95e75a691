import { expectCrossTenantNotFound, signUp, startPlatform, waitFor, type Platform, type SignedUp } from '@mab/testing';

/**
 * The reference feature, end to end: the gateway and the template service run as processes (as `npm start` runs
 * them) and everything goes through the public HTTP API. Contract (libs/contracts/src/template), handler
 * (apps/template/src/sites), controller (apps/gateway/src/sites): see "Adding a feature" in docs/architecture.md.
 */
describe('sites and the component catalogue through the gateway', () => {
  let platform: Platform;
  let a: SignedUp;
  let b: SignedUp;

  beforeAll(async () => {
    platform = await startPlatform({ services: ['gateway', 'template'], label: 'sites' });
    a = await signUp(platform.gatewayUrl, 'sites-a');
    b = await signUp(platform.gatewayUrl, 'sites-b');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('serves the component type catalogue, each type with the JSON Schema of its config', async () => {
    const all = await a.api.get('/api/components/types');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: all.body.items.length, next_cursor: null });
    const types = all.body.items.map((t: { type: string }) => t.type);
    for (const type of [
      'hero',
      'features',
      'pricing_table',
      'testimonials',
      'contact_form',
      'newsletter_signup',
      'booking_form',
      'cta_button',
      'faq',
      'gallery',
      'team',
      'footer',
    ]) {
      expect(types).toContain(type);
    }
    const contact = all.body.items.find((t: { type: string }) => t.type === 'contact_form');
    expect(contact).toMatchObject({ is_form: true, category: 'lead_capture' });
    expect(contact.rules.join(' ')).toContain('type email');
    expect(contact.config_schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['fields']),
    });
    expect(contact.config_schema.properties.fields.items.properties.type.enum).toContain('email');

    const forms = await a.api.get('/api/components/types?category=lead_capture');
    expect(forms.body.items.every((t: { is_form: boolean }) => t.is_form)).toBe(true);
    const bad = await a.api.get('/api/components/types?category=everything');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ field: 'category' })],
    });
  });

  it('creates, lists and reads sites; slugs are unique per workspace', async () => {
    const first = await a.api.post('/api/sites', { name: 'Bistro Lumière', seo_title: 'Bistro Lumière, Lyon' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      name: 'Bistro Lumière',
      slug: 'bistro-lumiere',
      status: 'draft',
      seo_title: 'Bistro Lumière, Lyon',
      template_id: null,
    });
    const second = await a.api.post('/api/sites', { name: 'Bistro  Lumière!' });
    expect(second.body.slug).toBe('bistro-lumiere-2');
    const taken = await a.api.post('/api/sites', { name: 'Another', slug: 'bistro-lumiere' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'slug_taken', details: [expect.objectContaining({ field: 'slug' })] });
    // Another workspace has its own slugs.
    expect((await b.api.post('/api/sites', { name: 'Elsewhere', slug: 'bistro-lumiere' })).status).toBe(201);

    const got = await a.api.get(`/api/sites/${first.body.id}`);
    expect(got).toMatchObject({ status: 200, body: first.body });

    const list = await a.api.get('/api/sites');
    expect(list.body).toMatchObject({ total: 2, next_cursor: null });
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([second.body.id, first.body.id]);
    // Keyset pages: the cursor of page one leads to page two, and nothing is seen twice.
    const page1 = await a.api.get('/api/sites?limit=1');
    expect(page1.body).toMatchObject({ total: 2, items: [{ id: second.body.id }] });
    const page2 = await a.api.get(`/api/sites?limit=1&cursor=${page1.body.next_cursor}`);
    expect(page2.body).toMatchObject({ total: 2, items: [{ id: first.body.id }], next_cursor: null });
    const searched = await a.api.get('/api/sites?q=lumiere-2');
    expect(searched.body.items.map((s: { id: string }) => s.id)).toEqual([second.body.id]);

    // Creating is a fact other services hear of, written in the same transaction as the site.
    const [event] = await waitFor(() =>
      platform.db
        .query<{ envelope: { workspace_id: string; payload: object } }>(
          "SELECT envelope FROM template.outbox WHERE name = 'template.site.created.v1' AND envelope->'payload'->>'site_id' = $1",
          [first.body.id],
        )
        .then((rows) => (rows.length ? rows : null)),
    );
    expect(event.envelope).toMatchObject({
      workspace_id: a.workspaceId,
      payload: { slug: 'bistro-lumiere', template_id: null },
    });
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: 'Line\u0007break' }, 'name'],
      [{ name: 'Ok', slug: 'Not A Slug' }, 'slug'],
      [{ name: 'Ok', og_image_url: 'javascript:alert(1)' }, 'og_image_url'],
      [{ name: 'Ok', workspace_id: b.workspaceId }, 'workspace_id'],
    ];
    for (const [body, field] of cases) {
      const res = await a.api.post('/api/sites', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'validation_failed',
      });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    for (const [query, field] of [
      ['limit=500', 'limit'],
      ['offset=99999999999999999999', 'offset'],
      ['cursor=%24%24', 'cursor'],
      ['status=gone', 'status'],
    ]) {
      const res = await a.api.get(`/api/sites?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.details[0].field).toBe(field);
    }
    // Forged cursors answer 400 before the database sees them: wrong arity, wrong types, values no column can take.
    for (const values of [['x'], ['zzz', 'x'], [new Date().toISOString(), 'not-a-uuid'], [1, 2]]) {
      const forged = await a.api.get(`/api/sites?cursor=${Buffer.from(JSON.stringify(values)).toString('base64url')}`);
      expect({ values, status: forged.status }).toEqual({ values, status: 400 });
      expect(forged.body).toMatchObject({ code: 'invalid_cursor', details: [{ field: 'cursor' }] });
    }
  });

  it("answers 404 for another workspace's site, as for one that does not exist", async () => {
    const site = await a.api.post('/api/sites', { name: 'Private site' });
    await expectCrossTenantNotFound(
      platform.gatewayUrl,
      [
        { name: 'site', method: 'get', path: `/api/sites/${site.body.id}` },
        { name: 'malformed site id', method: 'get', path: '/api/sites/not-a-uuid' },
      ],
      { Authorization: `Bearer ${b.accessToken}` },
    );
    const list = await b.api.get('/api/sites');
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(site.body.id);
  });

  it('keeps viewers to reading', async () => {
    const key = await a.api.post('/api/auth/api-keys', { name: 'dashboard', role: 'viewer' });
    const viewer = a.api.as({ apiKey: key.body.key });
    expect((await viewer.get('/api/sites')).status).toBe(200);
    const write = await viewer.post('/api/sites', { name: 'Nope' });
    expect(write).toMatchObject({ status: 403, body: { code: 'insufficient_role' } });
  });

  it('documents the request and reply schemas in OpenAPI, with the limits the server enforces', async () => {
    const doc = (await a.api.get('/docs/openapi.json')).body;
    const create = doc.paths['/api/sites'].post;
    expect(JSON.stringify(create.requestBody)).toContain('#/components/schemas/CreateSiteRequest');
    expect(JSON.stringify(create.responses['201'])).toContain('#/components/schemas/SiteView');
    expect(JSON.stringify(doc.paths['/api/sites'].get.responses['200'])).toContain('#/components/schemas/SitePage');
    const request = doc.components.schemas.CreateSiteRequest;
    expect(request.required).toEqual(['name']);
    expect(request.properties.name).toMatchObject({ type: 'string', maxLength: 120, minLength: 1 });
    expect(request.properties.slug).toMatchObject({ maxLength: 63, pattern: expect.any(String) });
    expect(request.properties.og_image_url).toMatchObject({ format: 'uri', maxLength: 2048 });
    expect(doc.components.schemas.SiteView.properties.status.enum).toEqual(['draft', 'published']);
    const limit = doc.paths['/api/sites'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
    expect(doc.components.schemas.ComponentTypeView.properties.config_schema.type).toBe('object');
  });
});
