import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  openLiveSocket,
  signUp,
  startPlatform,
  waitFor,
  type LiveSocketClient,
  type Platform,
  type SignedUp,
} from '@mab/testing';
import {
  ARTIFACTS,
  describeWithBrowser,
  fillAndSendForm,
  formSucceeded,
  launchChromium,
  stubOtherOrigins,
  type FormField,
} from './browser-support';

/**
 * The magic moment, the way a user meets it, through the gateway only, with the six services started as separate
 * processes as `npm start` runs them: sign up, pick a professional-services template, make it yours, ask the AI for
 * the contact form's workflow, create the top suggestion and switch it on, publish; then a visitor opens the page in
 * Chromium and sends the form. Within seconds the execution has completed with every step logged, the welcome email
 * is in the sink with the visitor's name, the visitor is a scored contact with the form as source and on the
 * timeline, the site's and the form's analytics count the view and the conversion, and the dashboard's live socket
 * saw the execution's progress.
 */
describeWithBrowser('the magic moment in a real browser', () => {
  let platform: Platform;
  let owner: SignedUp;
  let browser: Browser;
  let live: LiveSocketClient;

  beforeAll(async () => {
    platform = await startPlatform({ label: 'magic' });
    owner = await signUp(platform.gatewayUrl, 'magic');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    live?.close();
    await browser?.close();
    await platform?.close();
  });

  it('goes from a template to a completed workflow, an email, a scored contact and counted analytics', async () => {
    const api = owner.api;
    const templates = await api.get('/api/templates?category=professional_services');
    expect(templates.status).toBe(200);
    expect(templates.body.items.length).toBeGreaterThan(0);
    const made = await api.post(`/api/templates/${templates.body.items[0].id}/instantiate`, {
      customizations: {
        company_name: 'Harbor & Co. Accountants',
        primary_color: '#0a7e8c',
        contact_email: 'team@harbor.example',
      },
    });
    expect(made.status).toBe(201);
    const site = made.body.site;
    const form = made.body.components.find((c: { type: string }) => c.type === 'contact_form');
    expect(form).toBeDefined();

    const suggested = await api.post('/api/ai/suggest-workflows', { component_id: form.id });
    expect(suggested.status).toBe(200);
    const top = suggested.body.suggestions[0];
    expect(top.workflow_template.trigger).toMatchObject({ type: 'form_submission', component_id: form.id });
    const created = await api.post('/api/workflows', { name: top.name, ...top.workflow_template });
    expect(created.status).toBe(201);
    const workflow = created.body;
    const activated = await api.post(`/api/workflows/${workflow.id}/activate`);
    expect(activated.status).toBe(200);
    expect(activated.body.active).toBe(true);

    // The dashboard is open on its live socket, following the workflow.
    live = openLiveSocket(`${platform.gatewayUrl.replace(/^http/, 'ws')}/api/ws`, {
      headers: { Authorization: `Bearer ${owner.accessToken}` },
    });
    expect(await live.opened).toEqual({ ok: true });
    live.send('subscribe', { topics: [`workflow:${workflow.id}`] });
    await live.next((f) => f.event === 'subscribed');

    const published = await api.post(`/api/sites/${site.id}/publish`);
    expect(published.status).toBe(200);
    const pageUrl = `${platform.gatewayUrl}${new URL(published.body.url).pathname}${form.page === '/' ? '' : form.page.slice(1)}`;
    await waitFor(async () => ((await fetch(pageUrl)).status === 200 ? true : null), { what: 'the published page' });

    // A visitor, in Chromium.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await stubOtherOrigins(page, platform.gatewayUrl);
    await page.goto(pageUrl);
    const visitor = { name: 'Grace Hopper', email: 'grace.hopper@navy.example' };
    const submittedAt = Date.now();
    await fillAndSendForm(page, form.id, form.config.fields as FormField[], visitor);
    await formSucceeded(page, form.id, form.config.success_message);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'magic-moment.png'), fullPage: true });
    expect(problems).toEqual([]);

    // The execution completed, every step logged.
    const execution = await waitFor(
      async () => {
        const list = await api.get(`/api/workflows/${workflow.id}/executions`);
        const first = list.body.items?.[0];
        if (!first || first.status !== 'completed') return null;
        return (await api.get(`/api/executions/${first.id}`)).body;
      },
      { timeoutMs: 15_000, what: 'the execution to complete' },
    );
    const took = Date.now() - submittedAt;
    const nodes = workflow.nodes.map((n: { id: string }) => n.id).sort();
    expect(execution.steps.map((s: { node_id: string }) => s.node_id).sort()).toEqual(nodes);
    for (const step of execution.steps) {
      expect({ node: step.node_id, status: step.status }).toEqual({ node: step.node_id, status: 'succeeded' });
      expect(step.attempts).toBe(1);
    }
    expect(execution.trigger_data.form_data).toMatchObject({ email: visitor.email });
    expect(took).toBeLessThan(10_000);
    const sendsToVisitor = workflow.nodes.filter((n: { type: string }) => n.type === 'send_email').length;
    expect(sendsToVisitor).toBeGreaterThanOrEqual(1);

    // The visitor is a contact: the form as its source, the submission on its timeline, a lead score.
    const contacts = await api.get(`/api/crm/contacts?q=${encodeURIComponent(visitor.email)}`);
    expect(contacts.body.items).toHaveLength(1);
    const contact = contacts.body.items[0];
    expect(contact).toMatchObject({ email: visitor.email, name: visitor.name, source_component: form.id });
    const scored = await waitFor(async () => {
      const res = await api.get(`/api/crm/contacts/${contact.id}`);
      return res.body.lead_score > 0 ? res.body : null;
    });
    expect(scored.lead_score).toBeGreaterThan(0);
    const activities = await api.get(`/api/crm/contacts/${contact.id}/activities`);
    expect(activities.body.items.map((a: { type: string }) => a.type)).toContain('form_submission');

    // The welcome email is in the sink, with the visitor's name.
    const emails = await waitFor(async () => {
      const res = await api.get(`/api/crm/emails?contact_id=${contact.id}`);
      return res.body.total >= 1 ? res.body.items : null;
    });
    const welcome = emails.find((e: { to_email?: string; html: string }) => e.html.includes('Grace'));
    expect(welcome).toBeDefined();
    expect(welcome.provider).toBe('sink');
    expect(welcome.status).toBe('sent');

    // The site's and the form's analytics count the view and the conversion.
    const siteReport = await waitFor(async () => {
      const res = await api.get(`/api/analytics/sites/${site.id}?granularity=day`);
      return res.body.totals?.form_submissions >= 1 && res.body.totals.page_views >= 1 ? res.body : null;
    });
    expect(siteReport.totals).toMatchObject({ visitors: 1, page_views: 1, form_submissions: 1, converted_visitors: 1 });
    const formReport = await waitFor(async () => {
      const res = await api.get(`/api/analytics/components/${form.id}`);
      return res.body.views >= 1 && res.body.conversions >= 1 ? res.body : null;
    });
    expect(formReport).toMatchObject({ views: 1, conversions: 1, conversion_rate: 1 });

    // The dashboard saw the run as it happened: started, each step, completed.
    const ofRun = (name: string) =>
      live.frames.filter((f) => f.event === name && f.data.payload.execution_id === execution.id);
    await live.next((f) => f.event === 'workflow-engine.execution.completed.v1', { what: 'completed on the socket' });
    expect(ofRun('workflow-engine.execution.started.v1')).toHaveLength(1);
    expect(
      ofRun('workflow-engine.execution.step_completed.v1')
        .map((f) => f.data.payload.node_id)
        .sort(),
    ).toEqual(nodes.filter((n: string) => n !== 'trigger'));
    expect(ofRun('workflow-engine.execution.completed.v1')).toHaveLength(1);
  }, 120_000);
});
