import { randomUUID } from 'node:crypto';
import {
  expectCrossTenantNotFound,
  makeWebhookKeyPair,
  signSendGridWebhook,
  signUp,
  startPlatform,
  waitFor,
  type Platform,
  type SignedUp,
  type WebhookKeyPair,
} from '@mab/testing';

interface Send {
  id: string;
  status: string;
  status_reason: string | null;
  to_email: string | null;
  html: string | null;
  open_count: number;
  click_count: number;
}

const WEBHOOK = '/api/public/email/sendgrid-events';
const now = () => Math.floor(Date.now() / 1000);

/**
 * SendGrid's Event Webhook, GDPR export and erasure, and the invitation email, through the gateway with the crm on
 * the local sink (webhook events name sends by our custom args, whichever transport sent them).
 */
describe('crm: SendGrid event webhook, GDPR export and erase, invitation email', () => {
  let platform: Platform;
  let keys: WebhookKeyPair;
  let a: SignedUp;
  let b: SignedUp;

  beforeAll(async () => {
    keys = makeWebhookKeyPair();
    platform = await startPlatform({
      services: ['gateway', 'crm'],
      label: 'webhook',
      env: { SENDGRID_WEBHOOK_PUBLIC_KEY: keys.publicKey, DASHBOARD_URL: 'https://app.harbor.example' },
    });
    a = await signUp(platform.gatewayUrl, 'hook-a');
    b = await signUp(platform.gatewayUrl, 'hook-b');
    await a.api.request('PUT', '/api/crm/email-settings', {
      from_email: 'hello@harbor.example',
      from_name: 'Harbor & Co.',
      postal_address: '18 Pier Street, San Francisco, CA 94111',
    });
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  /** Posts a body as SendGrid would, signed with the test key; `alter` changes the bytes after signing (a forgery). */
  const post = async (
    body: string | object[],
    options: { timestamp?: number; alter?: (raw: string) => string } = {},
  ) => {
    const signed = signSendGridWebhook(body, keys.privateKey, options.timestamp ?? now());
    const res = await fetch(`${platform.gatewayUrl}${WEBHOOK}`, {
      method: 'POST',
      headers: signed.headers,
      body: options.alter ? options.alter(signed.body) : signed.body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  const event = (send: Send, type: string, extra: Record<string, unknown> = {}) => ({
    sg_event_id: `sg-${randomUUID()}`,
    sg_message_id: `msg-${send.id}.filter`,
    event: type,
    email: send.to_email,
    timestamp: now(),
    send_id: send.id,
    workspace_id: a.workspaceId,
    ...extra,
  });

  const sendTo = async (email: string, category: 'marketing' | 'transactional' = 'transactional') => {
    const contact = (await a.api.post('/api/crm/contacts?upsert=true', { email })).body;
    const sent = await a.api.post('/api/crm/emails', {
      contact_id: contact.id,
      subject: 'Your guide',
      html: '<p>Read <a href="https://harbor.example/guide">the guide</a>.</p>',
      category,
    });
    expect(sent.body.status).toBe('sent');
    return { contact, send: sent.body as Send };
  };

  const sendOf = async (id: string) => (await a.api.get(`/api/crm/emails/${id}`)).body as Send;

  it('accepts a post signed with the key, and refuses a tampered body, a stale timestamp or no signature', async () => {
    const { send } = await sendTo('dora@example.com');
    const delivered = [event(send, 'delivered', { response: '250 OK' })];

    const tampered = await post(delivered, { alter: (raw) => raw.replace('"delivered"', '"bounce"') });
    expect(tampered).toMatchObject({ status: 403, body: { code: 'invalid_signature' } });
    const stale = await post(delivered, { timestamp: now() - 3600 });
    expect(stale).toMatchObject({ status: 403, body: { code: 'invalid_signature' } });
    const unsigned = await fetch(`${platform.gatewayUrl}${WEBHOOK}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(delivered),
    });
    expect(unsigned.status).toBe(403);
    expect((await sendOf(send.id)).status).toBe('sent');

    const accepted = await post(delivered);
    expect(accepted).toMatchObject({ status: 200, body: { received: 1, applied: 1, duplicates: 0, ignored: 0 } });
    expect((await sendOf(send.id)).status).toBe('delivered');
  });

  it('ignores a repeated sg_event_id (in a later post or the same one), and events of sends it does not know', async () => {
    const { send } = await sendTo('otto@example.com');
    const open = event(send, 'open');
    expect((await post([open])).body).toMatchObject({ applied: 1, duplicates: 0 });
    const again = await post([open, open]);
    expect(again).toMatchObject({ status: 200, body: { received: 2, applied: 0, duplicates: 2 } });
    expect((await sendOf(send.id)).open_count).toBe(1);

    const strangers = await post([
      event(send, 'bounce', { send_id: randomUUID(), type: 'bounce' }),
      event(send, 'bounce', { workspace_id: b.workspaceId, type: 'bounce' }),
      event(send, 'bounce', { send_id: null, type: 'bounce' }),
      { ...event(send, 'processed') },
    ]);
    expect(strangers.body).toMatchObject({ received: 4, applied: 0, ignored: 4 });
    expect((await sendOf(send.id)).status).toBe('opened');
  });

  it('moves a send through delivered, open and click (machine opens not counted), with its timeline', async () => {
    const { contact, send } = await sendTo('ines@example.com');
    const res = await post([
      event(send, 'delivered'),
      event(send, 'open', { sg_machine_open: true }),
      event(send, 'open'),
      event(send, 'click', { url: 'https://harbor.example/guide' }),
    ]);
    expect(res.body).toMatchObject({ received: 4, applied: 4 });
    expect(await sendOf(send.id)).toMatchObject({ status: 'clicked', open_count: 1, click_count: 1 });
    const types = await waitFor(async () => {
      const items = (await a.api.get(`/api/crm/contacts/${contact.id}/activities`)).body.items as { type: string }[];
      const found = items.map((i) => i.type);
      return ['email_delivered', 'email_opened', 'email_clicked'].every((t) => found.includes(t)) ? found : null;
    });
    expect(types).toContain('email_sent');
    // A late delivery never moves the send back.
    await post([event(send, 'delivered')]);
    expect((await sendOf(send.id)).status).toBe('clicked');
  });

  it('suppresses on a hard bounce (the next marketing email is suppressed) and on a spam report', async () => {
    const { contact, send } = await sendTo('gone@example.com', 'marketing');
    const bounce = await post([event(send, 'bounce', { type: 'bounce', status: '5.1.1', reason: '550 no such user' })]);
    expect(bounce.body.applied).toBe(1);
    expect(await sendOf(send.id)).toMatchObject({ status: 'bounced', status_reason: expect.stringContaining('hard') });
    expect((await a.api.get(`/api/crm/contacts/${contact.id}`)).body.status).toBe('bounced');
    const suppressions = (await a.api.get('/api/crm/suppressions?reason=hard_bounce')).body.items;
    expect(suppressions.map((s: { email: string }) => s.email)).toContain('gone@example.com');
    const next = await a.api.post('/api/crm/emails', { contact_id: contact.id, template: 'newsletter' });
    expect(next.body.status).toBe('suppressed');

    const complained = await sendTo('angry@example.com', 'marketing');
    await post([event(complained.send, 'spamreport')]);
    expect((await a.api.get(`/api/crm/contacts/${complained.contact.id}`)).body.status).toBe('unsubscribed');
    const spam = (await a.api.get('/api/crm/suppressions?reason=spam_report')).body.items;
    expect(spam.map((s: { email: string }) => s.email)).toContain('angry@example.com');

    // A blocked message is a soft bounce: no suppression for one.
    const blocked = await sendTo('full@example.com', 'marketing');
    await post([event(blocked.send, 'bounce', { type: 'blocked', reason: 'mailbox full' })]);
    expect((await a.api.get(`/api/crm/contacts/${blocked.contact.id}`)).body.status).toBe('active');
  });

  describe('GDPR', () => {
    const email = 'erin.example@example.com';
    let contact: { id: string };
    let visitorId: string;

    beforeAll(async () => {
      await a.api.post('/api/crm/custom-fields', { key: 'company', label: 'Company', type: 'text' });
      await a.api.post('/api/crm/score-rules', {
        name: 'Notes count',
        activity_type: 'note',
        conditions: [],
        points: 5,
        frequency: 'repeatable',
      });
      // An email to the address before it was a contact: found by address, not by contact.
      const bare = await a.api.post('/api/crm/emails', {
        to_email: email,
        subject: 'Receipt',
        html: '<p>Thanks</p>',
        category: 'transactional',
        idempotency_key: `receipt-${email}`,
      });
      expect(bare.body).toMatchObject({ status: 'sent', contact_id: null });
      contact = (
        await a.api.post('/api/crm/contacts?upsert=true', {
          email,
          name: 'Erin Example',
          phone: '+14155550123',
          custom_fields: { company: 'Erin & Sons' },
          tags: ['vip'],
        })
      ).body;
      await a.api.post(`/api/crm/contacts/${contact.id}/activities`, {
        type: 'note',
        data: { text: `Called ${email} about the quote` },
      });
      const sent = await a.api.post('/api/crm/emails', {
        contact_id: contact.id,
        subject: 'Hello Erin',
        html: '<p>Hi {{ contact.name }}, your quote is ready.</p>',
        category: 'transactional',
      });
      // The receipt bounces with a reason that spells the address (suppressed, in clear, until the erasure).
      await post([
        event(sent.body, 'delivered'),
        event(bare.body, 'bounce', { type: 'bounce', reason: `550 <${email}>` }),
      ]);
      // A site visitor recognised as the contact, and one anonymous activity of theirs still waiting (as form
      // submissions leave them); written as the site-event consumer would.
      visitorId = `v_${randomUUID()}`;
      await platform.db.query(
        'INSERT INTO crm.known_visitors (workspace_id, visitor_id, contact_id) VALUES ($1, $2, $3)',
        [a.workspaceId, visitorId, contact.id],
      );
      await platform.db.query(
        `INSERT INTO crm.activities (workspace_id, visitor_id, type, occurred_at, data)
         VALUES ($1, $2, 'form_submission', now(), $3)`,
        [a.workspaceId, visitorId, JSON.stringify({ form_data: { name: 'Erin', email } })],
      );
    });

    it('exports everything about the contact, and answers 404 to another workspace', async () => {
      const res = await a.api.get(`/api/crm/contacts/${contact.id}/export`);
      expect(res.status).toBe(200);
      const doc = res.body;
      expect(doc.contact).toMatchObject({ id: contact.id, email, name: 'Erin Example', tags: ['vip'] });
      expect(doc.custom_fields).toEqual([{ key: 'company', label: 'Company', type: 'text', value: 'Erin & Sons' }]);
      const types = doc.activities.map((x: { type: string }) => x.type);
      expect(types).toEqual(expect.arrayContaining(['note', 'email_sent', 'email_delivered', 'score_changed']));
      expect(doc.email_sends).toHaveLength(2);
      const hello = doc.email_sends.find((s: { subject: string }) => s.subject === 'Hello Erin');
      expect(hello).toMatchObject({ to_email: email, to_name: 'Erin Example', status: 'delivered' });
      expect(hello.html).toContain('Hi Erin Example');
      expect(doc.score_changes[0]).toMatchObject({ points: 5, kind: 'rule' });
      expect(doc.known_visitors).toEqual([{ visitor_id: visitorId, identified_at: expect.any(String) }]);
      expect(doc.suppression).toMatchObject({ suppressed: true, reason: 'hard_bounce' });
      expect(doc.truncated).toEqual([]);

      await expectCrossTenantNotFound(
        platform.gatewayUrl,
        [
          { name: 'export', method: 'get', path: `/api/crm/contacts/${contact.id}/export` },
          { name: 'erase', method: 'delete', path: `/api/crm/contacts/${contact.id}?erase=true` },
        ],
        { Authorization: `Bearer ${b.accessToken}` },
      );
    });

    it('erases: afterwards no row of any crm table holds the address in clear; it stays suppressed by hash', async () => {
      // Events published so far leave the outbox first (the erasure removes only the history of sent ones).
      await waitFor(async () => {
        const [row] = await platform.db.query<{ n: string }>(
          'SELECT count(*) AS n FROM crm.outbox WHERE sent_at IS NULL',
        );
        return row.n === '0' ? true : null;
      });
      const before = await platform.db.query<{ id: string }>(
        'SELECT id FROM crm.email_sends WHERE workspace_id = $1 AND to_email = $2',
        [a.workspaceId, email],
      );
      expect(before).toHaveLength(2);

      expect((await a.api.delete(`/api/crm/contacts/${contact.id}?erase=true`)).status).toBe(204);
      expect((await a.api.get(`/api/crm/contacts/${contact.id}`)).status).toBe(404);

      const tables = await platform.db.query<{ table_name: string }>(
        `SELECT DISTINCT c.table_name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'crm' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['contacts', 'activities', 'email_sends', 'suppressions', 'outbox', 'command_inbox']),
      );
      const found: string[] = [];
      for (const { table_name } of tables) {
        const [row] = await platform.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM crm."${table_name}" AS t WHERE strpos(lower(t::text), $1) > 0`,
          [email],
        );
        if (row.n !== '0') found.push(`${table_name}: ${row.n}`);
      }
      expect(found).toEqual([]);

      // The sends stay for the statistics, without their content; the address is only a hash now.
      const after = await platform.db.query<{ status: string; subject: string; html: string | null }>(
        'SELECT status, subject, html FROM crm.email_sends WHERE id = ANY($1::uuid[]) ORDER BY status',
        [before.map((s) => s.id)],
      );
      expect(after).toEqual([
        { status: 'bounced', subject: '', html: null },
        { status: 'delivered', subject: '', html: null },
      ]);
      const [suppression] = await platform.db.query<{ email: string | null; reason: string }>(
        `SELECT email, reason FROM crm.suppressions WHERE workspace_id = $1 AND email_hash = encode(sha256($2::bytea), 'hex')`,
        [a.workspaceId, `${a.workspaceId}:${email}`],
      );
      expect(suppression).toEqual({ email: null, reason: 'hard_bounce' });
      const [deleted] = await platform.db.query<{ envelope: { payload: object } }>(
        "SELECT envelope FROM crm.outbox WHERE name = 'crm.contact.deleted.v1' AND envelope->'payload'->>'contact_id' = $1",
        [contact.id],
      );
      expect(deleted.envelope.payload).toEqual({ contact_id: contact.id, erased: true });
      // Mailing the address again is refused as marketing (the hash still matches it), without writing it down.
      const again = await a.api.post('/api/crm/emails', { to_email: email, template: 'newsletter' });
      expect(again.body).toMatchObject({ status: 'suppressed', to_email: null });
    });
  });

  it('emails an invitation once, through the sink, with a working accept link that the API never shows', async () => {
    const invitee = `invitee-${randomUUID().slice(0, 8)}@example.com`;
    const invited = await a.api.post('/api/workspaces/current/invitations', { email: invitee, role: 'member' });
    expect(invited.status).toBe(201);
    const token = invited.body.token as string;

    const rows = await waitFor(async () => {
      const found = await platform.db.query<{ id: string; status: string; subject: string; html: string }>(
        'SELECT id, status, subject, html FROM crm.email_sends WHERE workspace_id = $1 AND to_email = $2',
        [a.workspaceId, invitee],
      );
      return found.length ? found : null;
    });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row.status).toBe('sent');
    expect(row.subject).toBe(`hook-a invited you to hook-a's workspace`);
    // The link goes straight to the dashboard (never through a click redirect, whose token would carry it).
    expect(row.html).toContain(`href="https://app.harbor.example/invitations/accept?token=${token}"`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [count] = await platform.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM crm.email_sends WHERE workspace_id = $1 AND to_email = $2',
      [a.workspaceId, invitee],
    );
    expect(count.n).toBe('1');

    // Members read sends through the API: the token is hidden there, and the event carried it only sealed.
    const viewed = (await a.api.get(`/api/crm/emails/${row.id}`)).body as Send;
    expect(viewed.html).toContain('/invitations/accept?token=inv_…');
    expect(viewed.html).not.toContain(token);
    const events = await platform.db.query<{ envelope: object }>(
      "SELECT envelope FROM gateway.outbox WHERE name = 'gateway.invitation.created.v1'",
    );
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});
