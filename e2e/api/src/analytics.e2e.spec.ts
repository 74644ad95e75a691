import { randomUUID } from 'node:crypto';
import {
  analyticsResources,
  expectCrossTenantNotFound,
  signUp,
  startPlatform,
  waitFor,
  type Platform,
  type SignedUp,
} from '@mab/testing';

/**
 * Site and component analytics through the gateway, fed by the public ingestion endpoint of a published site:
 * a visitor's page view, component view, click and form submission (one of them sent twice) become facts and
 * rollups; the reports validate their window and answer 404 for another workspace's site and component.
 */
describe('analytics', () => {
  let platform: Platform;
  let a: SignedUp;
  let b: SignedUp;
  let siteId: string;
  let formId: string;

  beforeAll(async () => {
    platform = await startPlatform({
      services: ['gateway', 'template', 'crm', 'workflow-engine', 'analytics'],
      label: 'analytics',
    });
    a = await signUp(platform.gatewayUrl, 'an-a');
    b = await signUp(platform.gatewayUrl, 'an-b');
    const templates = await a.api.get('/api/templates?category=professional_services');
    const made = await a.api.post(`/api/templates/${templates.body.items[0].id}/instantiate`, {
      customizations: { company_name: 'Counting & Co' },
    });
    siteId = made.body.site.id;
    formId = made.body.components.find((c: { type: string }) => c.type === 'contact_form').id;
    expect((await a.api.post(`/api/sites/${siteId}/publish`)).status).toBe(200);
  }, 120_000);

  afterAll(() => platform?.close());

  it('reports the views, the click and the conversion of a visitor, once each', async () => {
    const post = (body: object) =>
      waitFor(async () => {
        const res = await a.api.post(`/api/public/sites/${siteId}/events`, body);
        return res.status === 202 ? res : null;
      });
    const submission = {
      type: 'form_submission',
      component_id: formId,
      visitor_id: 'visitor-1',
      event_id: randomUUID(),
      page: '/',
      data: { form_data: { email: 'v@example.com' } },
    };
    await post({
      type: 'page_view',
      visitor_id: 'visitor-1',
      page: '/',
      referrer: 'https://search.example/q',
      device: 'mobile',
      utm: { source: 'ads' },
    });
    await post({ type: 'page_view', visitor_id: 'visitor-2', page: '/', device: 'desktop' });
    await post({ type: 'component_view', component_id: formId, visitor_id: 'visitor-1', page: '/' });
    await post({
      type: 'component_interaction',
      component_id: formId,
      visitor_id: 'visitor-1',
      page: '/',
      data: { action: 'click', x: 0.55, y: 0.15 },
    });
    await post(submission);
    await post(submission); // the page's retry of the same beacon

    const report = await waitFor(
      async () => {
        const res = await a.api.get(`/api/analytics/sites/${siteId}?granularity=hour&tz=Europe/Paris`);
        return res.status === 200 && res.body.totals.form_submissions >= 1 && res.body.totals.page_views >= 2
          ? res
          : null;
      },
      { timeoutMs: 15_000 },
    );
    expect(report.body.totals).toMatchObject({
      visitors: 2,
      page_views: 2,
      component_views: 1,
      interactions: 1,
      form_submissions: 1,
      converted_visitors: 1,
      conversion_rate: 0.5,
    });
    expect(report.body.window).toMatchObject({ granularity: 'hour', tz: 'Europe/Paris' });
    expect(report.body.referrers).toEqual([{ key: 'search.example', count: 1 }]);
    expect(report.body.utm_sources).toEqual([{ key: 'ads', count: 1 }]);
    expect(report.body.components.find((c: { component_id: string }) => c.component_id === formId)).toMatchObject({
      views: 1,
      submissions: 1,
    });

    const component = await a.api.get(`/api/analytics/components/${formId}`);
    expect(component.status).toBe(200);
    expect(component.body).toMatchObject({ views: 1, interactions: 1, conversions: 1, conversion_rate: 1 });
    expect(component.body.heatmap.cells[1][5]).toBe(1);
  });

  let funnelId: string;

  it('defines a funnel on the site and reports its visitors per step, in order', async () => {
    const created = await a.api.post('/api/analytics/funnels', {
      site_id: siteId,
      name: 'Home to contact',
      steps: [
        { type: 'page_view', page: '/' },
        { type: 'component_view', component_id: formId },
        { type: 'form_submission', component_id: formId, label: 'Sent the form' },
      ],
      conversion_window_hours: 48,
    });
    expect(created.status).toBe(201);
    funnelId = created.body.id;
    expect(created.body).toMatchObject({ site_id: siteId, conversion_window_hours: 48 });
    expect(created.body.steps.map((s: { label: string }) => s.label)).toEqual([
      'Viewed /',
      'Saw contact_form',
      'Sent the form',
    ]);

    // visitor-1 viewed the page, saw the form and sent it; visitor-2 only viewed the page.
    const report = await a.api.get(`/api/analytics/funnels/${funnelId}/report?granularity=day&tz=Europe/Paris`);
    expect(report.status).toBe(200);
    expect(report.body.steps.map((s: { visitors: number }) => s.visitors)).toEqual([2, 1, 1]);
    expect(report.body.steps.map((s: { drop_off: number }) => s.drop_off)).toEqual([0, 1, 0]);
    expect(report.body.conversion_rate).toBe(0.5);
    expect(report.body.series.reduce((n: number, b: { entered: number }) => n + b.entered, 0)).toBe(2);

    const renamed = await a.api.patch(`/api/analytics/funnels/${funnelId}`, { name: 'Home to quote' });
    expect(renamed.body).toMatchObject({ name: 'Home to quote', conversion_window_hours: 48 });
    const listed = await a.api.get(`/api/analytics/funnels?site_id=${siteId}`);
    expect(listed.body.items.map((f: { id: string }) => f.id)).toEqual([funnelId]);

    const bad = await a.api.post('/api/analytics/funnels', {
      site_id: siteId,
      name: 'Wrong',
      steps: [
        { type: 'page_view', component_id: formId },
        { type: 'form_submission', component_id: randomUUID() },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual([
      'steps.0.component_id',
      'steps.1.component_id',
    ]);
    const oneStep = await a.api.post('/api/analytics/funnels', {
      site_id: siteId,
      name: 'Short',
      steps: [{ type: 'page_view' }],
    });
    expect(oneStep.status).toBe(400);
    const unknown = await a.api.post('/api/analytics/funnels', {
      site_id: siteId,
      name: 'Odd',
      steps: [{ type: 'page_view', selector: '#x' }, { type: 'page_view' }],
    });
    expect(unknown.status).toBe(400);

    const doomed = await a.api.post('/api/analytics/funnels', {
      site_id: siteId,
      name: 'Doomed',
      steps: [{ type: 'page_view' }, { type: 'form_submission' }],
    });
    expect((await a.api.delete(`/api/analytics/funnels/${doomed.body.id}`)).status).toBe(204);
    expect((await a.api.get(`/api/analytics/funnels/${doomed.body.id}`)).status).toBe(404);
  });

  it('answers 400 for a range too large for its granularity, naming the limit', async () => {
    const res = await a.api.get(
      `/api/analytics/sites/${siteId}?granularity=minute&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`,
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('at most 2 days') });
    expect((await a.api.get(`/api/analytics/sites/${siteId}?granularity=fortnight`)).status).toBe(400);
    expect((await a.api.get(`/api/analytics/sites/${siteId}?tz=Not/AZone`)).status).toBe(400);
  });

  let workflowId: string;

  it("reports the workspace's workflows and their emails from the engine's and the crm's events", async () => {
    const created = await a.api.post('/api/workflows', {
      name: 'Welcome by hand',
      trigger: { type: 'manual' },
      actions: [{ type: 'send_email', template: 'welcome-email', to: '{{ trigger.email }}' }],
    });
    expect(created.status).toBe(201);
    workflowId = created.body.id;
    for (const email of ['one@example.com', 'two@example.com']) {
      const run = await a.api.post(`/api/workflows/${workflowId}/execute`, { trigger_data: { email } });
      expect(run.status).toBe(202);
    }
    const workflows = await waitFor(
      async () => {
        const res = await a.api.get('/api/analytics/workflows?granularity=hour');
        const row = res.body.workflows?.find((w: { workflow_id: string }) => w.workflow_id === workflowId);
        return row?.completed === 2 ? res : null;
      },
      { timeoutMs: 20_000 },
    );
    expect(workflows.body.workflows[0]).toMatchObject({ executions: 2, completed: 2, failed: 0, success_rate: 1 });
    expect(workflows.body.workflows[0].p95_duration_ms).toEqual(expect.any(Number));
    const one = await a.api.get(`/api/analytics/workflows/${workflowId}?granularity=day&tz=Asia/Tokyo`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ workflow_id: workflowId, executions: 2, completed: 2 });

    const emails = await waitFor(async () => {
      const res = await a.api.get('/api/analytics/emails?group_by=workflow');
      return res.body.rows?.find((r: { key: string }) => r.key === workflowId)?.sent === 2 ? res : null;
    });
    expect(emails.body.rows.find((r: { key: string }) => r.key === workflowId)).toMatchObject({ sent: 2 });
    expect((await a.api.get('/api/analytics/emails?group_by=campaign')).status).toBe(400);
  });

  it("answers 404 for another workspace's site, component, workflow and funnel", async () => {
    await expectCrossTenantNotFound(
      platform.gatewayUrl,
      analyticsResources({ siteId, componentId: formId, workflowId, funnelId }),
      { Authorization: `Bearer ${b.accessToken}` },
    );
  });
});
