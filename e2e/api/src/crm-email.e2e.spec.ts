import { randomUUID } from 'node:crypto';
import { parse } from 'node-html-parser';
import {
  expectCrossTenantNotFound,
  signUp,
  startFakeSendGrid,
  startPlatform,
  waitFor,
  type FakeSendGrid,
  type Platform,
  type SignedUp,
} from '@mab/testing';

interface Send {
  id: string;
  status: string;
  status_reason: string | null;
  subject: string;
  html: string | null;
  text: string | null;
  provider: string | null;
  contact_id: string | null;
}

/**
 * Email from the CRM through the gateway: settings, templates (checked, previewed, built-ins), sends recorded with
 * their content (local sink), idempotency keys, suppressions and the unsubscribe footer of marketing email; then
 * the same sends through the real @sendgrid/mail SDK against a local server speaking SendGrid's v3 API.
 */
describe('crm email with the local sink', () => {
  let platform: Platform;
  let a: SignedUp;
  let b: SignedUp;

  beforeAll(async () => {
    platform = await startPlatform({ services: ['gateway', 'crm'], label: 'mail' });
    a = await signUp(platform.gatewayUrl, 'mail-a');
    b = await signUp(platform.gatewayUrl, 'mail-b');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('checks templates (errors name the field), previews them for a contact, lists the built-ins', async () => {
    const broken = await a.api.post('/api/crm/email-templates', {
      name: 'Broken',
      subject: 'Hi {{ contact.name }}',
      html: '<p>{% if contact.name %}Hello</p>',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.details.map((d: { field: string }) => d.field)).toContain('html');
    const made = await a.api.post('/api/crm/email-templates', {
      name: 'Quote follow-up',
      key: 'quote-follow-up',
      subject: 'Your quote, {{ contact.first_name | default: "there" }}',
      html: '<p>Hello {{ contact.name }}, your {{ contact.custom_fields.plan | default: "starter" }} quote is ready: <a href="https://harbor.example/quote">see it</a></p>',
      category: 'transactional',
    });
    expect(made.status).toBe(201);
    const contact = (await a.api.post('/api/crm/contacts', { email: 'lin@example.com', name: 'Lin <b>Qiu</b>' })).body;
    const preview = await a.api.post(`/api/crm/email-templates/${made.body.id}/preview`, { contact_id: contact.id });
    expect(preview.status).toBe(200);
    expect(preview.body.subject).toBe('Your quote, Lin');
    expect(preview.body.html).toContain('Lin &lt;b&gt;Qiu&lt;/b&gt;');
    expect(preview.body.text).toContain('Lin <b>Qiu</b>');
    const list = await a.api.get('/api/crm/email-templates');
    const keys = list.body.items.map((t: { key: string }) => t.key);
    expect(keys).toEqual(
      expect.arrayContaining(['quote-follow-up', 'welcome-email', 'booking-confirmation', 'newsletter']),
    );
    expect((await a.api.post('/api/crm/email-templates', { ...made.body, id: undefined })).status).toBe(400);
  });

  it('sends to a contact once per idempotency key, recording the content and the timeline', async () => {
    const contact = (await a.api.post('/api/crm/contacts', { email: 'ines@example.com', name: 'Inès Martin' })).body;
    const key = `welcome-${randomUUID()}`;
    const first = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      template: 'welcome-email',
      idempotency_key: key,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'sent', provider: 'sink', contact_id: contact.id });
    const again = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      template: 'welcome-email',
      idempotency_key: key,
    });
    expect(again.body.id).toBe(first.body.id);
    const sends = await a.api.get(`/api/crm/emails?contact_id=${contact.id}`);
    expect(sends.body.total).toBe(1);
    const send = sends.body.items[0] as Send;
    expect(send.id).toBe(first.body.id);
    expect(send.html).toContain('Inès');
    expect(send.text).toContain('Inès');
    // An open pixel is in place, and links go through signed click tokens.
    expect(parse(send.html!).querySelector('img[src*="/api/public/email/open/"]')).toBeTruthy();
    const linked = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      subject: 'Your guide',
      html: '<p>Read <a href="https://harbor.example/guide">the guide</a> or <a href="mailto:help@harbor.example">write</a>.</p>',
      category: 'transactional',
    });
    const links = parse(linked.body.html)
      .querySelectorAll('a')
      .map((link) => link.getAttribute('href'));
    expect(links[0]).toContain('/api/public/email/click/');
    expect(links[1]).toBe('mailto:help@harbor.example');
    expect(linked.body.text).toContain('the guide');
    const timeline = await waitFor(async () => {
      const res = await a.api.get(`/api/crm/contacts/${contact.id}/activities?type=email_sent`);
      return res.body.total === 2 ? res.body.items : null;
    });
    expect(timeline.map((t: { data: { send_id: string } }) => t.data.send_id).sort()).toEqual(
      [send.id, linked.body.id].sort(),
    );
    const [event] = await platform.db.query<{ envelope: { payload: object } }>(
      "SELECT envelope FROM crm.outbox WHERE name = 'crm.email.sent.v1' AND envelope->'payload'->>'send_id' = $1",
      [send.id],
    );
    expect(event.envelope.payload).toMatchObject({ contact_id: contact.id, template: 'welcome-email' });
  });

  it('gives marketing email an unsubscribe link and the postal address, and never sends it to the suppressed', async () => {
    const contact = (await a.api.post('/api/crm/contacts', { email: 'news@example.com' })).body;
    const noAddress = await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' });
    expect(noAddress).toMatchObject({ status: 409, body: { code: 'postal_address_required' } });
    await a.api.request('PUT', '/api/crm/email-settings', {
      from_email: 'hello@harbor.example',
      from_name: 'Harbor & Co.',
      postal_address: '18 Pier Street, San Francisco, CA 94111',
    });
    const sent = await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' });
    expect(sent.body.status).toBe('sent');
    const dom = parse(sent.body.html);
    expect(dom.querySelector('[data-mab-unsubscribe]')?.getAttribute('href')).toContain(
      '/api/public/email/unsubscribe/',
    );
    expect(dom.textContent).toContain('18 Pier Street');
    const [row] = await platform.db.query<{ headers: Record<string, string> }>(
      'SELECT headers FROM crm.email_sends WHERE id = $1',
      [sent.body.id],
    );
    expect(row.headers['List-Unsubscribe']).toMatch(/^<http.*\/api\/public\/email\/unsubscribe\/.+>$/);
    expect(row.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    const suppression = await a.api.post('/api/crm/suppressions', {
      email: 'NEWS@example.com',
      note: 'asked by phone',
    });
    expect(suppression.status).toBe(201);
    const blocked = await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' });
    expect(blocked.body).toMatchObject({
      status: 'suppressed',
      status_reason: expect.stringContaining('suppression list'),
    });
    expect(blocked.body.html).toBeNull();
    // A transactional email (their own booking) still goes.
    const booking = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      template: 'booking-confirmation',
      data: { booking_date: '2027-05-20' },
    });
    expect(booking.body.status).toBe('sent');
    const unsubscribed = (await a.api.post('/api/crm/contacts', { email: 'gone@example.com', status: 'unsubscribed' }))
      .body;
    const toGone = await a.api.post('/api/crm/emails', { contact_id: unsubscribed.id, template: 'newsletter' });
    expect(toGone.body).toMatchObject({ status: 'suppressed', status_reason: 'the contact unsubscribed' });
    expect((await a.api.delete(`/api/crm/suppressions/${suppression.body.id}`)).status).toBe(204);
    expect((await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' })).body.status).toBe(
      'sent',
    );
  });

  it("answers 404 for another workspace's templates, sends and suppressions", async () => {
    const template = (
      await a.api.post('/api/crm/email-templates', { name: 'Private', subject: 'Hi', html: '<p>Hi</p>' })
    ).body;
    const contact = (await a.api.post('/api/crm/contacts', { email: 'iso@example.com' })).body;
    const send = (
      await a.api.post('/api/crm/emails', {
        contact_id: contact.id,
        subject: 'Hi',
        html: '<p>Hi</p>',
        category: 'transactional',
      })
    ).body;
    const suppression = (await a.api.post('/api/crm/suppressions', { email: 'iso2@example.com' })).body;
    await expectCrossTenantNotFound(
      platform.gatewayUrl,
      [
        { name: 'email template', method: 'get', path: `/api/crm/email-templates/${template.id}` },
        {
          name: 'template update',
          method: 'patch',
          path: `/api/crm/email-templates/${template.id}`,
          body: { name: 'x' },
        },
        { name: 'template delete', method: 'delete', path: `/api/crm/email-templates/${template.id}` },
        { name: 'template preview', method: 'post', path: `/api/crm/email-templates/${template.id}/preview`, body: {} },
        { name: 'send', method: 'get', path: `/api/crm/emails/${send.id}` },
        {
          name: 'send to a foreign contact',
          method: 'post',
          path: '/api/crm/emails',
          body: { contact_id: contact.id, subject: 'x', html: '<p>x</p>' },
        },
        { name: 'suppression delete', method: 'delete', path: `/api/crm/suppressions/${suppression.id}` },
      ],
      { Authorization: `Bearer ${b.accessToken}` },
    );
    expect((await b.api.get('/api/crm/suppressions')).body.total).toBe(0);
  });
});

describe('crm email through the SendGrid SDK (local v3 API)', () => {
  let platform: Platform;
  let sendgrid: FakeSendGrid;
  let a: SignedUp;

  beforeAll(async () => {
    sendgrid = await startFakeSendGrid();
    platform = await startPlatform({
      services: ['gateway', 'crm'],
      label: 'sendgrid',
      env: {
        SENDGRID_API_KEY: sendgrid.apiKey,
        SENDGRID_API_BASE_URL: sendgrid.url,
        EMAIL_DISPATCH_INTERVAL_MS: '100',
      },
    });
    a = await signUp(platform.gatewayUrl, 'sg');
    await a.api.request('PUT', '/api/crm/email-settings', {
      from_email: 'hello@harbor.example',
      from_name: 'Harbor & Co.',
      postal_address: '18 Pier Street, San Francisco, CA 94111',
    });
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await sendgrid?.close();
  });

  const sentOf = (id: string) =>
    waitFor(async () => {
      const res = await a.api.get(`/api/crm/emails/${id}`);
      return res.body.status === 'sent' ? (res.body as Send) : null;
    });

  it('hands marketing email to SendGrid with personalizations, custom args and both List-Unsubscribe headers', async () => {
    const contact = (await a.api.post('/api/crm/contacts', { email: 'ada@example.com', name: 'Ada Lovelace' })).body;
    const queued = await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' });
    expect(queued.body).toMatchObject({ status: 'queued', provider: 'sendgrid' });
    await sentOf(queued.body.id);
    const request = sendgrid.accepted().at(-1)!;
    const body = request.body as { personalizations: Record<string, any>[]; from: { email: string } };
    expect(body.from.email).toBe('hello@harbor.example');
    const [p] = body.personalizations;
    expect(p.to[0].email).toBe('ada@example.com');
    expect(p.custom_args).toMatchObject({ send_id: queued.body.id, workspace_id: a.workspaceId });
    expect(p.headers['List-Unsubscribe']).toMatch(/^<http.*unsubscribe/);
    expect(p.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('retries a 429, sends one request per idempotency key, and none for a suppressed contact', async () => {
    const contact = (await a.api.post('/api/crm/contacts', { email: 'grace@example.com' })).body;
    sendgrid.failNext(1, { status: 429, retryAfterSeconds: 1 });
    const before = sendgrid.accepted().length;
    const key = `k-${randomUUID()}`;
    const first = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      template: 'welcome-email',
      idempotency_key: key,
    });
    const second = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      template: 'welcome-email',
      idempotency_key: key,
    });
    expect(second.body.id).toBe(first.body.id);
    await sentOf(first.body.id);
    expect(sendgrid.requests.some((r) => r.status === 429)).toBe(true);
    expect(sendgrid.accepted().length).toBe(before + 1);

    await a.api.post('/api/crm/suppressions', { email: 'grace@example.com', reason: 'hard_bounce' });
    const count = sendgrid.requests.length;
    const blocked = await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' });
    expect(blocked.body.status).toBe('suppressed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sendgrid.requests.length).toBe(count);
  });
});
