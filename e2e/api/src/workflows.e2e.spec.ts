import {
  expectCrossTenantNotFound,
  signUp,
  startPlatform,
  waitFor,
  workflowResources,
  type Platform,
  type SignedUp,
} from '@mab/testing';

interface Field {
  field: string;
  constraints: string[];
}

/**
 * Workflow definitions through the gateway: the seed shape and the graph, validation that names node and field,
 * versions (list, read, restore), activation and the template service's view of connected components, secrets
 * kept out of every answer and export, import, built-in templates, and tenant isolation.
 */
describe('workflows: definitions, versions, activation', () => {
  let platform: Platform;
  let a: SignedUp;
  let b: SignedUp;
  let siteId: string;
  let formId: string;

  const seed = () => ({
    name: 'Contact Form Follow-up',
    trigger: { type: 'form_submission', component_id: formId, conditions: [] },
    actions: [
      { type: 'send_email', template_id: 'welcome-email', delay: 0 },
      { type: 'add_to_crm', list_id: 'prospects', delay: 0 },
    ],
  });

  beforeAll(async () => {
    platform = await startPlatform({ services: ['gateway', 'template', 'workflow-engine'], label: 'workflows' });
    a = await signUp(platform.gatewayUrl, 'wf-a');
    b = await signUp(platform.gatewayUrl, 'wf-b');
    const templates = await a.api.get('/api/templates?category=professional_services');
    const made = await a.api.post(`/api/templates/${templates.body.items[0].id}/instantiate`, {
      customizations: { company_name: 'Flow & Co' },
    });
    siteId = made.body.site.id;
    formId = made.body.components.find((c: { type: string }) => c.type === 'contact_form').id;
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('stores the seed shape as the equivalent graph, and reads both back', async () => {
    const created = await a.api.post('/api/workflows', seed());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Contact Form Follow-up',
      site_id: siteId,
      active: false,
      version: 1,
      trigger_type: 'form_submission',
      component_ids: [formId],
      trigger: { type: 'form_submission', component_id: formId },
      actions: [
        { type: 'send_email', template_id: 'welcome-email', delay: 0 },
        { type: 'add_to_crm', list_id: 'prospects', delay: 0 },
      ],
      webhook_url: null,
    });
    expect(created.body.nodes.map((n: { id: string }) => n.id)).toEqual(['trigger', 'send_email', 'add_to_crm']);
    // The same workflow written as a graph is the same graph.
    const asGraph = await a.api.post('/api/workflows', {
      name: 'As a graph',
      nodes: created.body.nodes,
      edges: created.body.edges,
    });
    expect(asGraph.status).toBe(201);
    expect({ nodes: asGraph.body.nodes, edges: asGraph.body.edges }).toEqual({
      nodes: created.body.nodes,
      edges: created.body.edges,
    });
    expect(asGraph.body.actions).toEqual(created.body.actions);
  });

  it('answers 400 naming the node and the field of every problem', async () => {
    const details = async (body: object) => {
      const res = await a.api.post('/api/workflows', body);
      expect(res.status).toBe(400);
      return (res.body.details as Field[]).map((d) => d.field);
    };
    const base = { name: 'Broken' };
    expect(
      await details({
        ...base,
        trigger: { type: 'form_submission', component_id: formId },
        actions: [{ type: 'teleport' }, { type: 'send_email', subject: 42 }],
      }),
    ).toEqual(expect.arrayContaining(['nodes.teleport.type', 'nodes.send_email.config.subject']));
    expect(
      await details({
        ...base,
        nodes: [
          { id: 'trigger', type: 'form_submission', config: { component_id: formId } },
          {
            id: 'mail',
            type: 'send_email',
            config: { template: 'welcome-email', to: '{{ trigger.form_data.email ( }}' },
          },
          { id: 'lonely', type: 'add_to_crm', config: {} },
        ],
        edges: [{ source: 'trigger', target: 'mail' }],
      }),
    ).toEqual(expect.arrayContaining(['nodes.mail.config.to']));
    expect(
      await details({
        ...base,
        nodes: [
          { id: 'trigger', type: 'form_submission', config: { component_id: formId } },
          { id: 'lonely', type: 'add_to_crm', config: {} },
        ],
        edges: [],
      }),
    ).toEqual(['nodes.lonely.edges']);
    expect(await details({ ...base, nodes: [{ id: 'x', type: 'set', config: { values: {} } }], edges: [] })).toEqual([
      'nodes',
    ]);
    // A component of another workspace is not one the workflow can listen to.
    const foreign = await b.api.post('/api/workflows', seed());
    expect(foreign.status).toBe(400);
    expect(foreign.body.details[0].field).toBe('trigger.component_id');
    // Shape errors are the gateway's: an unknown field of a node.
    const unknown = await a.api.post('/api/workflows', {
      ...base,
      nodes: [{ id: 'trigger', type: 'manual', config: {}, colour: 'red' }],
      edges: [],
    });
    expect(unknown.status).toBe(400);
  });

  it('makes every definition change a version; lists, reads and restores them', async () => {
    const created = (await a.api.post('/api/workflows', seed())).body;
    const renamed = await a.api.patch(`/api/workflows/${created.id}`, { name: 'Renamed' });
    expect(renamed.body).toMatchObject({ name: 'Renamed', version: 1 });
    const changed = await a.api.patch(`/api/workflows/${created.id}`, {
      trigger: { type: 'form_submission', component_id: formId },
      actions: [{ type: 'send_email', template_id: 'follow-up', delay: 60 }],
      note: 'slower follow-up',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, actions: [{ template_id: 'follow-up', delay: 60 }] });
    const versions = await a.api.get(`/api/workflows/${created.id}/versions`);
    expect(versions.body.items.map((v: { version: number; note: string | null }) => [v.version, v.note])).toEqual([
      [2, 'slower follow-up'],
      [1, null],
    ]);
    const first = await a.api.get(`/api/workflows/${created.id}/versions/1`);
    expect(first.body.nodes.map((n: { id: string }) => n.id)).toEqual(['trigger', 'send_email', 'add_to_crm']);
    expect((await a.api.get(`/api/workflows/${created.id}/versions/9`)).status).toBe(404);
    expect((await a.api.get(`/api/workflows/${created.id}/versions/abc`)).status).toBe(404);
    const restored = await a.api.post(`/api/workflows/${created.id}/versions/1/restore`);
    expect(restored.body).toMatchObject({ version: 3, actions: seed().actions });
  });

  it('activates and deactivates; the component lists the workflow that uses it', async () => {
    const created = (await a.api.post('/api/workflows', { ...seed(), name: 'Listening' })).body;
    const activated = await a.api.post(`/api/workflows/${created.id}/activate`);
    expect(activated.body.active).toBe(true);
    const listed = await waitFor(async () => {
      const res = await a.api.get(`/api/components/${formId}/workflows`);
      const mine = res.body.items?.find((w: { workflow_id: string }) => w.workflow_id === created.id);
      return mine?.active ? mine : null;
    });
    expect(listed).toMatchObject({ name: 'Listening', active: true });
    expect((await a.api.get('/api/workflows?active=true')).body.items.map((w: { id: string }) => w.id)).toContain(
      created.id,
    );
    expect((await a.api.post(`/api/workflows/${created.id}/deactivate`)).body.active).toBe(false);
    // The template service refuses to delete a component a workflow uses.
    expect((await a.api.delete(`/api/components/${formId}`)).status).toBe(409);
    expect((await a.api.delete(`/api/workflows/${created.id}`)).status).toBe(204);
    expect((await a.api.get(`/api/workflows/${created.id}`)).status).toBe(404);
  });

  it('never shows a secret: not in views, exports or versions; edits keep it; import asks for it again', async () => {
    const created = await a.api.post('/api/workflows', {
      name: 'Signed webhook',
      nodes: [
        {
          id: 'trigger',
          type: 'webhook',
          config: { auth: 'hmac', header_name: 'X-Signature', secret: 'a-very-long-shared-secret-1234' },
        },
        {
          id: 'tell_team',
          type: 'notify',
          config: { channel: 'slack', webhook_url: 'https://hooks.slack.com/services/T0/B0/secret', text: 'New call' },
        },
      ],
      edges: [{ source: 'trigger', target: 'tell_team' }],
    });
    expect(created.status).toBe(201);
    const text = JSON.stringify(created.body);
    expect(text).not.toContain('a-very-long-shared-secret-1234');
    expect(text).not.toContain('hooks.slack.com');
    expect(created.body.secrets_set.sort()).toEqual(['tell_team.config.webhook_url', 'trigger.config.secret']);
    expect(created.body.webhook_url).toMatch(/\/api\/public\/webhooks\/[\w-]{20,}$/);
    // An edit that does not repeat the secrets keeps them.
    const edited = await a.api.patch(`/api/workflows/${created.body.id}`, {
      nodes: created.body.nodes.map((n: { id: string; config: object }) =>
        n.id === 'tell_team' ? { ...n, config: { ...n.config, text: 'A new call' } } : n,
      ),
      edges: created.body.edges,
    });
    expect(edited.body.version).toBe(2);
    expect(edited.body.secrets_set).toHaveLength(2);
    const exported = await a.api.get(`/api/workflows/${created.body.id}/export`);
    expect(JSON.stringify(exported.body)).not.toContain('a-very-long-shared-secret-1234');
    expect(exported.body).toMatchObject({ format: 'mab.workflow', format_version: 1, name: 'Signed webhook' });
    expect(exported.body.secrets_removed).toHaveLength(2);
    const stored = await platform.db.query<{ graph: unknown; secrets: string }>(
      'SELECT graph, secrets FROM workflow_engine.workflow_versions WHERE workflow_id = $1',
      [created.body.id],
    );
    expect(JSON.stringify(stored)).not.toContain('a-very-long-shared-secret-1234');
    const imported = await a.api.post('/api/workflows/import', exported.body);
    expect(imported.status).toBe(400);
    expect(imported.body.details.map((d: Field) => d.field)).toEqual(
      expect.arrayContaining(['nodes.trigger.config.secret', 'nodes.tell_team.config.webhook_url']),
    );
  });

  it('offers built-in templates that instantiate into valid workflows', async () => {
    const templates = await a.api.get('/api/workflow-templates');
    expect(templates.body.items.map((t: { key: string }) => t.key)).toEqual([
      'lead-follow-up',
      'newsletter-welcome',
      'booking-confirmation',
      'abandoned-form',
      're-engagement',
      'high-score-notify-sales',
    ]);
    for (const key of ['lead-follow-up', 'newsletter-welcome', 'booking-confirmation', 'abandoned-form']) {
      const made = await a.api.post(`/api/workflow-templates/${key}/instantiate`, { component_id: formId });
      expect([key, made.status]).toEqual([key, 201]);
    }
    expect((await a.api.post('/api/workflow-templates/re-engagement/instantiate', {})).status).toBe(201);
    const notify = await a.api.post('/api/workflow-templates/high-score-notify-sales/instantiate', {
      notify_webhook_url: 'https://hooks.slack.com/services/T1/B1/x',
    });
    expect(notify.status).toBe(201);
    expect((await a.api.post('/api/workflow-templates/lead-follow-up/instantiate', {})).status).toBe(400);
    expect((await a.api.post('/api/workflow-templates/nope/instantiate', {})).status).toBe(404);
    const types = await a.api.get('/api/workflows/node-types');
    expect(types.body.items.length).toBeGreaterThan(20);
    expect(types.body.items.find((t: { type: string }) => t.type === 'condition')).toMatchObject({
      outputs: ['true', 'false'],
      config_schema: { type: 'object' },
    });
  });

  it("answers 404 for another workspace's workflows and versions", async () => {
    const created = (await a.api.post('/api/workflows', seed())).body;
    await expectCrossTenantNotFound(platform.gatewayUrl, workflowResources({ workflowId: created.id, version: 1 }), {
      Authorization: `Bearer ${b.accessToken}`,
    });
  });
});
