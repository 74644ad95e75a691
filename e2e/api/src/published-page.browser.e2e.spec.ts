import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { signUp, startPlatform, waitFor, type Platform, type SignedUp } from '@mab/testing';
import {
  ARTIFACTS,
  describeWithBrowser,
  fillAndSendForm,
  formSucceeded,
  launchChromium,
  stubOtherOrigins,
} from './browser-support';

interface OutboxRow {
  envelope: {
    workspace_id: string;
    payload: { type: string; page: string; visitor_id: string; component_id: string | null; data: any };
  };
}

/**
 * A published page as a visitor's browser meets it: served under its own Content-Security-Policy with nothing
 * refused (the inline script and style are allowed by their hashes, events go to 'self'), page and component
 * views reported, and the contact form submitted without a page reload, its success message shown.
 */
describeWithBrowser('a published page in Chromium', () => {
  let platform: Platform;
  let owner: SignedUp;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatform({ services: ['gateway', 'template'], label: 'browser' });
    owner = await signUp(platform.gatewayUrl, 'browser');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('runs under its CSP without a violation, reports views and submits the form in place', async () => {
    const templates = await owner.api.get('/api/templates?category=professional_services');
    const template = templates.body.items[0];
    const made = await owner.api.post(`/api/templates/${template.id}/instantiate`, {
      customizations: { company_name: 'Harbor & Co. <Accountants>', primary_color: '#0a7e8c' },
    });
    expect(made.status).toBe(201);
    const site = made.body.site;
    const form = made.body.components.find((c: { type: string; page: string }) =>
      ['contact_form', 'booking_form', 'newsletter_signup'].includes(c.type),
    );
    const published = await owner.api.post(`/api/sites/${site.id}/publish`);
    const pageUrl = `${platform.gatewayUrl}${new URL(published.body.url).pathname}${form.page === '/' ? '' : form.page.slice(1)}`;
    await waitFor(async () => ((await fetch(pageUrl)).status === 200 ? true : null));

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await stubOtherOrigins(page, platform.gatewayUrl);
    await page.goto(`${pageUrl}?utm_source=newsletter&utm_campaign=spring`);
    // Page-side code as text: the tests are compiled without the DOM's types.
    await page.evaluate(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective))",
    );
    expect(await page.textContent('body')).toContain('Harbor & Co. <Accountants>');

    // Fill in every visible field the way a person would, then send.
    const before = page.url();
    await fillAndSendForm(page, form.id, form.config.fields, { name: 'Ada Lovelace', email: 'visitor@example.com' });
    await formSucceeded(page, form.id, form.config.success_message);
    expect(page.url()).toBe(before);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'published-page.png'), fullPage: true });

    const rows = await waitFor(async () => {
      const found = await platform.db.query<OutboxRow>(
        "SELECT envelope FROM gateway.outbox WHERE name = 'gateway.site-event.received.v1' AND envelope->'payload'->>'site_id' = $1",
        [site.id],
      );
      const types = new Set(found.map((r) => r.envelope.payload.type));
      return types.has('page_view') && types.has('form_submission') && types.has('component_view') ? found : null;
    });
    const submission = rows.find((r) => r.envelope.payload.type === 'form_submission')!.envelope;
    expect(submission.workspace_id).toBe(owner.workspaceId);
    expect(submission.payload).toMatchObject({
      component_id: form.id,
      page: form.page,
      utm: { source: 'newsletter', campaign: 'spring' },
      device: 'mobile',
      data: { form_data: expect.objectContaining({ email: 'visitor@example.com' }) },
    });
    expect(submission.payload.data.form_data._hp).toBeUndefined();
    const visitors = new Set(rows.map((r) => r.envelope.payload.visitor_id));
    expect(visitors.size).toBe(1);
    expect(problems).toEqual([]);
  }, 60_000);
});
