import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { signUp, startPlatform, waitFor, type Platform, type SignedUp } from '@mab/testing';

/** Debian's chromium package (`.ci/run` installs it when missing); no browser downloads. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '../../../dist/test-artifacts');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs it`);
const describeWithBrowser = haveBrowser ? describe : describe.skip;

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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
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
    // Templates show images from an image host; this machine may have no internet, so a local stand-in answers.
    await page.route(
      (url) => url.origin !== new URL(platform.gatewayUrl).origin,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'image/svg+xml',
          body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>',
        }),
    );
    await page.goto(`${pageUrl}?utm_source=newsletter&utm_campaign=spring`);
    // Page-side code as text: the tests are compiled without the DOM's types.
    await page.evaluate(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective))",
    );
    expect(await page.textContent('body')).toContain('Harbor & Co. <Accountants>');

    // Fill in every visible field the way a person would, then send.
    const formLocator = page.locator(`form[data-component-id="${form.id}"]`);
    await formLocator.scrollIntoViewIfNeeded();
    for (const field of form.config.fields as { name: string; type: string; options?: string[] }[]) {
      const input = formLocator.locator(`[name="${field.name}"]`);
      if (field.type === 'select') await input.selectOption({ index: 1 });
      else if (field.type === 'checkbox') await input.check();
      else if (field.type === 'date') await input.fill('2031-05-20');
      else if (field.type === 'time') await input.fill('10:30');
      else if (field.type === 'number') await input.fill('4');
      else if (field.type === 'email') await input.fill('visitor@example.com');
      else if (field.type === 'url') await input.fill('https://visitor.example');
      else if (field.type === 'tel') await input.fill('+1 415 555 0100');
      else await input.fill('Ada Lovelace');
    }
    const before = page.url();
    await formLocator.locator('button[type="submit"]').click();
    await page.waitForFunction(
      ({ id, message }) =>
        (globalThis as any).document
          .querySelector(`form[data-component-id="${id}"]`)
          ?.parentElement?.textContent?.includes(message),
      { id: form.id, message: form.config.success_message },
    );
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
