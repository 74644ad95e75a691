import { parse } from 'node-html-parser';
import { signUp, startPlatform, waitFor, type Platform, type SignedUp } from '@mab/testing';

/** Flips one character of a token's signed part, as a tamperer would. */
const tamper = (url: string) => {
  const token = url.slice(url.lastIndexOf('/') + 1);
  const [body, mac] = token.split('.');
  const flipped = body.slice(0, -1) + (body.endsWith('A') ? 'B' : 'A');
  return url.replace(token, `${flipped}.${mac}`);
};

/**
 * The links inside emails, as a reader's mail client meets them through the gateway: the open pixel, the click
 * redirect (signed: no open redirect), and unsubscribing (GET shows a page, the one-click POST unsubscribes).
 */
describe('crm email links: opens, clicks, one-click unsubscribe', () => {
  let platform: Platform;
  let a: SignedUp;
  let contactId: string;
  let links: { click: string; open: string; unsubscribe: string; sendId: string };

  beforeAll(async () => {
    platform = await startPlatform({ services: ['gateway', 'crm'], label: 'links' });
    a = await signUp(platform.gatewayUrl, 'links');
    await a.api.request('PUT', '/api/crm/email-settings', {
      from_name: 'Harbor & Co.',
      postal_address: '18 Pier Street, San Francisco, CA 94111',
    });
    contactId = (await a.api.post('/api/crm/contacts', { email: 'reader@example.com', name: 'Rea Der' })).body.id;
    const sent = await a.api.post('/api/crm/emails', {
      contact_id: contactId,
      subject: 'Spring news',
      html: '<p>Our <a href="https://harbor.example/spring?utm_source=email">spring guide</a> is out.</p>',
      category: 'marketing',
    });
    expect(sent.body.status).toBe('sent');
    const dom = parse(sent.body.html);
    const base = platform.gatewayUrl;
    const path = (href: string) => href.replace(/^https?:\/\/[^/]+/, base);
    links = {
      sendId: sent.body.id,
      click: path(dom.querySelector('a[href*="/api/public/email/click/"]')!.getAttribute('href')!),
      open: path(dom.querySelector('img[src*="/api/public/email/open/"]')!.getAttribute('src')!),
      unsubscribe: path(dom.querySelector('[data-mab-unsubscribe]')!.getAttribute('href')!),
    };
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('redirects a signed click to its own URL and counts it; a tampered token answers 404 and goes nowhere', async () => {
    const click = await fetch(links.click, { redirect: 'manual' });
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe('https://harbor.example/spring?utm_source=email');
    const forged = await fetch(tamper(links.click), { redirect: 'manual' });
    expect(forged.status).toBe(404);
    expect(forged.headers.get('location')).toBeNull();
    // A token made for the pixel does not open the redirect either.
    const swapped = await fetch(links.click.replace(/click\/.*$/, `click/${links.open.split('/').pop()}`), {
      redirect: 'manual',
    });
    expect(swapped.status).toBe(404);
    const send = await waitFor(async () => {
      const res = await a.api.get(`/api/crm/emails/${links.sendId}`);
      return res.body.click_count === 1 ? res.body : null;
    });
    expect(send.status).toBe('clicked');
    const activities = await a.api.get(`/api/crm/contacts/${contactId}/activities?type=email_clicked`);
    expect(activities.body.items[0].data).toMatchObject({ url: 'https://harbor.example/spring?utm_source=email' });
  });

  it('serves the open pixel and counts a person, not a prefetching machine', async () => {
    const scanner = await fetch(links.open, { headers: { 'User-Agent': 'Mimecast link scanner' } });
    expect(scanner.status).toBe(200);
    expect(scanner.headers.get('content-type')).toContain('image/gif');
    // A person, later than a prefetch on arrival could be.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await fetch(links.open, { headers: { 'User-Agent': 'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15' } });
    const send = (await a.api.get(`/api/crm/emails/${links.sendId}`)).body;
    expect(send.open_count).toBe(1);
    const opened = await platform.db.query<{ envelope: { payload: { machine: boolean } } }>(
      "SELECT envelope FROM crm.outbox WHERE name = 'crm.email.opened.v1' AND envelope->'payload'->>'send_id' = $1",
      [links.sendId],
    );
    expect(opened.map((o) => o.envelope.payload.machine).sort()).toEqual([false, true]);
    expect((await fetch(tamper(links.open))).status).toBe(404);
  });

  it('shows a page on GET without unsubscribing, and unsubscribes on the one-click POST without login or redirect', async () => {
    const page = await fetch(links.unsubscribe);
    expect(page.status).toBe(200);
    const dom = parse(await page.text());
    expect(dom.querySelector('form[method="post"] button')).toBeTruthy();
    expect((await a.api.get(`/api/crm/contacts/${contactId}`)).body.status).toBe('active');

    const oneClick = await fetch(links.unsubscribe, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.get('location')).toBeNull();
    expect((await a.api.get(`/api/crm/contacts/${contactId}`)).body.status).toBe('unsubscribed');
    const suppressions = await a.api.get('/api/crm/suppressions');
    expect(suppressions.body.items).toEqual([
      expect.objectContaining({ email: 'reader@example.com', reason: 'unsubscribed' }),
    ]);
    const [event] = await platform.db.query(
      "SELECT 1 FROM crm.outbox WHERE name = 'crm.email.unsubscribed.v1' AND envelope->'payload'->>'send_id' = $1",
      [links.sendId],
    );
    expect(event).toBeDefined();
    const next = await a.api.post('/api/crm/emails', {
      contact_id: contactId,
      subject: 'More news',
      html: '<p>Hi</p>',
      category: 'marketing',
    });
    expect(next.body.status).toBe('suppressed');
    // Twice is fine (mail clients retry), and a forged token changes nothing.
    expect((await fetch(links.unsubscribe, { method: 'POST' })).status).toBe(200);
    expect((await fetch(tamper(links.unsubscribe), { method: 'POST' })).status).toBe(404);
  });
});
