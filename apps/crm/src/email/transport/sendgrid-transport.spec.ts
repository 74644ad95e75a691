import { startFakeSendGrid, type FakeSendGrid } from '@mab/testing';
import { TransportError, type OutgoingEmail } from './mail-transport';
import { retryAfterMs, SendGridTransport, type SendGridTransportOptions } from './sendgrid-transport';
import { SinkTransport } from './sink-transport';

const WORKSPACE = '7b0f4a52-7a43-4a43-9d0a-2d1f3c6b9e10';

function email(n: number, overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  const sendId = `send-${String(n).padStart(5, '0')}`;
  return {
    send_id: sendId,
    to: { email: `contact${n}@example.com`, name: `Contact ${n}` },
    from: { email: 'hello@acme.example', name: 'Acme' },
    reply_to: { email: 'support@acme.example', name: null },
    subject: `Welcome, contact ${n}`,
    html: `<p>Hello contact ${n}</p>`,
    text: `Hello contact ${n}`,
    headers: {
      'List-Unsubscribe': `<https://crm.example/u/${sendId}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    custom_args: { send_id: sendId, workspace_id: WORKSPACE },
    categories: ['welcome'],
    ...overrides,
  };
}

type Personalization = {
  to: { email: string; name?: string }[];
  subject: string;
  headers: Record<string, string>;
  custom_args: Record<string, string>;
};
type MailSendBody = {
  from: { email: string; name?: string };
  reply_to?: { email: string; name?: string };
  content: { type: string; value: string }[];
  categories?: string[];
  headers?: unknown;
  personalizations: Personalization[];
};

describe('SendGridTransport (the real @sendgrid/mail SDK against a fake v3 API)', () => {
  let fake: FakeSendGrid;
  const transport = (options: Partial<SendGridTransportOptions> = {}): SendGridTransport =>
    new SendGridTransport({ apiKey: fake.apiKey, baseUrl: fake.url, baseDelayMs: 10, timeoutMs: 5_000, ...options });

  beforeAll(async () => {
    fake = await startFakeSendGrid();
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await fake.close();
  });

  it('sends a v3 request with personalizations, custom args and both List-Unsubscribe headers', async () => {
    const batch = [email(1), email(2)];
    const results = await transport().send(batch);

    // Distinct bodies cannot share a request.
    expect(fake.requests).toHaveLength(2);
    for (const request of fake.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v3/mail/send');
      expect(request.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
      expect(request.status).toBe(202);
      const body = request.body as MailSendBody;
      const sent = batch.find((e) => e.to.email === body.personalizations[0].to[0].email)!;
      expect(body.from).toEqual({ email: 'hello@acme.example', name: 'Acme' });
      // A null name is left out, never sent as null (SendGrid rejects that).
      expect(body.reply_to).toEqual({ email: 'support@acme.example' });
      expect(body.categories).toEqual(['welcome']);
      expect(body.content).toEqual([
        { type: 'text/plain', value: sent.text },
        { type: 'text/html', value: sent.html },
      ]);
      // Headers belong to the personalization, not to the mail (and so not to the HTTP request either).
      expect(body.headers).toBeUndefined();
      expect(request.headers['list-unsubscribe']).toBeUndefined();
      expect(body.personalizations).toEqual([
        {
          to: [{ email: sent.to.email, name: sent.to.name }],
          subject: sent.subject,
          headers: {
            'List-Unsubscribe': `<https://crm.example/u/${sent.send_id}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
          custom_args: { send_id: sent.send_id, workspace_id: WORKSPACE },
        },
      ]);
    }

    // One result per message, in the batch's order, carrying the X-Message-Id of the request that sent it.
    expect(results).toHaveLength(2);
    for (const [i, result] of results.entries()) {
      const request = fake.requests.find(
        (r) => (r.body as MailSendBody).personalizations[0].custom_args.send_id === batch[i].send_id,
      )!;
      expect(result).toEqual({ status: 'accepted', provider: 'sendgrid', provider_message_id: request.messageId });
      expect(result.provider_message_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it('batches 1,500 messages with one body into two requests of 1,000 and 500 personalizations', async () => {
    const shared = { html: '<p>Our spring newsletter</p>', text: 'Our spring newsletter' };
    const batch = Array.from({ length: 1500 }, (_, i) => email(i, shared));
    const results = await transport().send(batch);

    expect(fake.requests).toHaveLength(2);
    const sizes = fake.requests.map((r) => (r.body as MailSendBody).personalizations.length).sort((a, b) => b - a);
    expect(sizes).toEqual([1000, 500]);

    // Every message exactly once, each personalization still addressed and tagged for its own recipient.
    const personalizations = fake.personalizations() as unknown as Personalization[];
    expect(new Set(personalizations.map((p) => p.custom_args.send_id)).size).toBe(1500);
    for (const p of personalizations) {
      const n = Number(p.custom_args.send_id.slice('send-'.length));
      expect(p.to).toEqual([{ email: `contact${n}@example.com`, name: `Contact ${n}` }]);
      expect(p.subject).toBe(`Welcome, contact ${n}`);
      expect(p.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    }

    // Results line up with the batch: each message gets the id of the request that carried it.
    const idBySendId = new Map<string, string | null>();
    for (const r of fake.requests) {
      for (const p of (r.body as MailSendBody).personalizations) idBySendId.set(p.custom_args.send_id, r.messageId);
    }
    expect(results).toHaveLength(1500);
    results.forEach((result, i) => expect(result.provider_message_id).toBe(idBySendId.get(batch[i].send_id)));
  });

  it('keeps messages that differ in sender, reply-to or categories apart even when their bodies match', async () => {
    const shared = { html: '<p>Same</p>', text: 'Same' };
    await transport().send([
      email(1, shared),
      email(2, shared),
      email(3, { ...shared, from: { email: 'other@acme.example' } }),
      email(4, { ...shared, reply_to: null }),
      email(5, { ...shared, categories: ['other'] }),
    ]);
    const sizes = fake.requests.map((r) => (r.body as MailSendBody).personalizations.length).sort();
    expect(sizes).toEqual([1, 1, 1, 2]);
  });

  it('retries a 429 after the Retry-After it was given, then succeeds', async () => {
    fake.failNext(1, { status: 429, retryAfterSeconds: 1 });
    const retries: { delayMs: number; statusCode: number | null }[] = [];
    const started = Date.now();
    const [result] = await transport({ onRetry: (info) => retries.push(info) }).send([email(1)]);

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(retries).toHaveLength(1);
    expect(retries[0].statusCode).toBe(429);
    expect(retries[0].delayMs).toBeGreaterThanOrEqual(1000);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 202]);
    expect(result.provider_message_id).toBe(fake.requests[1].messageId);
  });

  it('retries 5xx with backoff and network faults, up to maxAttempts', async () => {
    fake.failNext(1, { status: 500 });
    fake.failNext(1, { status: 503 });
    fake.dropNext(1);
    await expect(transport({ maxAttempts: 4 }).send([email(1)])).resolves.toHaveLength(1);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 503, -1, 202]);

    fake.reset();
    fake.failNext(5, { status: 503 });
    const error = await transport({ maxAttempts: 3 })
      .send([email(1)])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ retryable: true, statusCode: 503 });
    expect((error as Error).message).toContain('gave up after 3 attempts');
    expect(fake.requests).toHaveLength(3);
  });

  it('retries a request that timed out', async () => {
    fake.delayNext(1, 1_500);
    await expect(transport({ timeoutMs: 300 }).send([email(1)])).resolves.toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
  });

  it('does not retry a 400 and reports SendGrid’s error messages', async () => {
    fake.failNext(1, {
      status: 400,
      errors: [{ message: 'The from address does not match a verified Sender Identity.', field: 'from' }],
    });
    const error = await transport()
      .send([email(1)])
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ retryable: false, statusCode: 400, retryAfterMs: null });
    expect((error as TransportError).message).toContain('The from address does not match a verified Sender Identity.');
    expect((error as TransportError).details).toEqual([
      { message: 'The from address does not match a verified Sender Identity.', field: 'from' },
    ]);
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry a wrong API key', async () => {
    const error = await transport({ apiKey: 'SG.wrong' })
      .send([email(1)])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: false, statusCode: 401 });
    expect(String((error as Error).message)).not.toContain('SG.wrong');
    expect(fake.requests).toHaveLength(1);
  });

  it('hands a long Retry-After back to the caller instead of sleeping through it', async () => {
    fake.failNext(1, { status: 429, retryAfterSeconds: 3600 });
    const error = await transport({ maxRetryAfterMs: 60_000 })
      .send([email(1)])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: true, statusCode: 429, retryAfterMs: 3_600_000 });
    expect(fake.requests).toHaveLength(1);
  });

  it('tells the caller which messages of a failed batch were already accepted', async () => {
    // SendGrid refuses a whole request for one bad address; with one request at a time the first message has
    // gone out, the second fails and the third is never tried.
    const batch = [email(1), email(2, { to: { email: 'not-an-address' } }), email(3)];
    const error = await transport({ concurrency: 1 })
      .send(batch)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ retryable: false, statusCode: 400 });
    expect((error as TransportError).message).toContain('Does not contain a valid address.');
    expect([...(error as TransportError).accepted.entries()]).toEqual([
      ['send-00001', { status: 'accepted', provider: 'sendgrid', provider_message_id: fake.requests[0].messageId }],
    ]);
    expect(fake.requests.map((r) => r.status)).toEqual([202, 400]);
  });

  it('refuses a message without a body before sending anything', async () => {
    const error = await transport()
      .send([email(1), email(2, { html: '', text: '' })])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: false });
    expect((error as Error).message).toContain('send-00002');
    expect(fake.requests).toHaveLength(0);
  });

  it('sends a text-only or HTML-only message with just that part', async () => {
    await transport({ concurrency: 1 }).send([email(1, { html: '' }), email(2, { text: '' })]);
    const contents = fake.requests.map((r) => (r.body as MailSendBody).content.map((c) => c.type));
    expect(contents).toEqual([['text/plain'], ['text/html']]);
  });

  it('reads Retry-After as seconds or an HTTP date, and X-RateLimit-Reset as a fallback', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(retryAfterMs({ 'retry-after': '7' }, now)).toBe(7000);
    expect(retryAfterMs({ 'Retry-After': 'Tue, 01 Jan 2030 00:00:30 GMT' }, now)).toBe(30_000);
    expect(retryAfterMs({ 'retry-after': 'Mon, 31 Dec 2029 00:00:00 GMT' }, now)).toBe(0);
    expect(retryAfterMs({ 'x-ratelimit-reset': String(now / 1000 + 12) }, now)).toBe(12_000);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});

describe('SinkTransport', () => {
  it('accepts everything and keeps nothing', async () => {
    const sink = new SinkTransport();
    expect(sink.name).toBe('sink');
    await expect(sink.send([email(1), email(2)])).resolves.toEqual([
      { status: 'accepted', provider: 'sink', provider_message_id: 'sink-send-00001' },
      { status: 'accepted', provider: 'sink', provider_message_id: 'sink-send-00002' },
    ]);
    await expect(sink.send([])).resolves.toEqual([]);
  });
});
