import { createPublicKey } from 'node:crypto';
import { makeWebhookKeyPair, signSendGridWebhook } from '@mab/testing';
import {
  assertSendGridWebhookPublicKey,
  parseSendGridEvents,
  SENDGRID_SIGNATURE_HEADER,
  SENDGRID_TIMESTAMP_HEADER,
  verifySendGridWebhook,
} from './sendgrid-webhook';

const events = [
  {
    email: 'zoë@example.com',
    timestamp: 1_700_000_000,
    event: 'delivered',
    sg_event_id: 'ZGVsaXZlcmVkLTAtMTIzNDU2',
    sg_message_id: 'abcdefghijklmnopqrstuv.filterdrecv-1',
    response: '250 OK',
    send_id: 'send-1',
    workspace_id: 'ws-1',
  },
];

describe('verifySendGridWebhook', () => {
  const keys = makeWebhookKeyPair();
  const now = new Date();

  it('accepts a body signed with the key, as a buffer or a string', () => {
    const signed = signSendGridWebhook(JSON.stringify(events) + '\r\n', keys.privateKey);
    for (const rawBody of [Buffer.from(signed.body, 'utf8'), signed.body]) {
      expect(
        verifySendGridWebhook({
          publicKey: keys.publicKey,
          rawBody,
          signature: signed.signature,
          timestamp: signed.timestamp,
          now,
        }),
      ).toEqual({ ok: true });
    }
    // The helper's headers are the ones a controller reads (lower-cased by Node).
    expect(signed.headers['X-Twilio-Email-Event-Webhook-Signature']).toBe(signed.signature);
    expect(SENDGRID_SIGNATURE_HEADER).toBe('x-twilio-email-event-webhook-signature');
    expect(SENDGRID_TIMESTAMP_HEADER).toBe('x-twilio-email-event-webhook-timestamp');
  });

  it('accepts the key as PEM too', () => {
    const pem = createPublicKey({ key: Buffer.from(keys.publicKey, 'base64'), format: 'der', type: 'spki' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const signed = signSendGridWebhook(events, keys.privateKey);
    expect(verifySendGridWebhook({ publicKey: pem, rawBody: signed.body, ...pick(signed), now })).toEqual({ ok: true });
  });

  it('verifies SendGrid’s own published sample', () => {
    // The vector from @sendgrid/eventwebhook's test suite: a real SendGrid key, signature and body.
    const body =
      JSON.stringify([
        {
          email: 'hello@world.com',
          event: 'dropped',
          reason: 'Bounced Address',
          sg_event_id: 'ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA',
          sg_message_id: 'LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0',
          'smtp-id': '<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>',
          timestamp: 1600112492,
        },
      ]) + '\r\n';
    const result = verifySendGridWebhook({
      publicKey:
        'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==',
      rawBody: Buffer.from(body),
      signature: 'MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=',
      timestamp: '1600112502',
      now: new Date(1600112502 * 1000 + 10_000),
    });
    expect(result).toEqual({ ok: true });
    expect(parseSendGridEvents(body)).toEqual([
      expect.objectContaining({ event: 'dropped', reason: 'Bounced Address', send_id: null, workspace_id: null }),
    ]);
  });

  it('rejects a tampered body, a tampered timestamp and another key’s signature', () => {
    const signed = signSendGridWebhook(events, keys.privateKey);
    const tampered = signed.body.replace('delivered', 'bounce');
    expect(verifySendGridWebhook({ publicKey: keys.publicKey, rawBody: tampered, ...pick(signed), now })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    // Still fresh, but not the timestamp that was signed.
    expect(
      verifySendGridWebhook({
        publicKey: keys.publicKey,
        rawBody: signed.body,
        signature: signed.signature,
        timestamp: String(Number(signed.timestamp) - 1),
        now,
      }),
    ).toEqual({ ok: false, reason: 'bad_signature' });
    const other = makeWebhookKeyPair();
    expect(verifySendGridWebhook({ publicKey: other.publicKey, rawBody: signed.body, ...pick(signed), now })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a signature that is not even base64 DER without throwing', () => {
    const signed = signSendGridWebhook(events, keys.privateKey);
    for (const signature of ['not a signature', 'AAAA', Buffer.from('x'.repeat(70)).toString('base64')]) {
      expect(
        verifySendGridWebhook({
          publicKey: keys.publicKey,
          rawBody: signed.body,
          signature,
          timestamp: signed.timestamp,
          now,
        }),
      ).toEqual({ ok: false, reason: 'bad_signature' });
    }
  });

  it('rejects a stale or far-future timestamp even with a valid signature', () => {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    for (const ts of [nowSeconds - 301, nowSeconds + 301, 0]) {
      const signed = signSendGridWebhook(events, keys.privateKey, ts);
      expect(verifySendGridWebhook({ publicKey: keys.publicKey, rawBody: signed.body, ...pick(signed), now })).toEqual({
        ok: false,
        reason: 'stale_timestamp',
      });
    }
    // Inside the tolerance both ways, and a wider tolerance when asked.
    const recent = signSendGridWebhook(events, keys.privateKey, nowSeconds - 299);
    expect(verifySendGridWebhook({ publicKey: keys.publicKey, rawBody: recent.body, ...pick(recent), now }).ok).toBe(
      true,
    );
    const old = signSendGridWebhook(events, keys.privateKey, nowSeconds - 3000);
    expect(
      verifySendGridWebhook({
        publicKey: keys.publicKey,
        rawBody: old.body,
        ...pick(old),
        now,
        toleranceSeconds: 3600,
      }).ok,
    ).toBe(true);
    // Not a number of seconds at all.
    expect(
      verifySendGridWebhook({ publicKey: keys.publicKey, rawBody: '[]', signature: 'x', timestamp: '2024-01-01', now }),
    ).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('rejects a post without the signature headers', () => {
    const signed = signSendGridWebhook(events, keys.privateKey);
    for (const headers of [
      { signature: undefined, timestamp: signed.timestamp },
      { signature: signed.signature, timestamp: null },
      { signature: '', timestamp: '' },
    ]) {
      expect(verifySendGridWebhook({ publicKey: keys.publicKey, rawBody: signed.body, ...headers, now })).toEqual({
        ok: false,
        reason: 'missing_headers',
      });
    }
  });

  it('throws on an unusable configured key instead of calling every post a forgery', () => {
    const signed = signSendGridWebhook(events, keys.privateKey);
    expect(() => verifySendGridWebhook({ publicKey: 'not-a-key', rawBody: signed.body, ...pick(signed), now })).toThrow(
      /public key/,
    );
    expect(() => assertSendGridWebhookPublicKey('')).toThrow(/public key/);
    expect(() => assertSendGridWebhookPublicKey(keys.publicKey)).not.toThrow();
  });
});

describe('parseSendGridEvents', () => {
  const valid = [
    { ...events[0] },
    {
      email: 'a@example.com',
      timestamp: 1_700_000_001,
      event: 'bounce',
      sg_event_id: 'b-1',
      sg_message_id: 'm-1.filter',
      reason: '550 5.1.1 The email account that you tried to reach does not exist',
      status: '5.1.1',
      type: 'bounce',
      bounce_classification: 'Invalid Address',
      send_id: 'send-2',
      workspace_id: 'ws-1',
      'smtp-id': '<x@y>',
    },
    {
      email: 'a@example.com',
      timestamp: 1_700_000_002,
      event: 'click',
      sg_event_id: 'c-1',
      sg_message_id: 'm-1.filter',
      url: 'https://acme.example/pricing',
      useragent: 'Mozilla/5.0',
      ip: '203.0.113.9',
      category: 'welcome',
      send_id: 'send-2',
      workspace_id: 'ws-1',
    },
    {
      email: 'a@example.com',
      timestamp: 1_700_000_003,
      event: 'open',
      sg_event_id: 'o-1',
      sg_message_id: 'm-1.filter',
      sg_machine_open: true,
      send_id: 'send-2',
      workspace_id: 'ws-1',
    },
    {
      email: 'a@example.com',
      timestamp: 1_700_000_004,
      event: 'group_unsubscribe',
      sg_event_id: 'g-1',
      asm_group_id: 42,
    },
  ];

  it('types the events SendGrid posts, custom args included', () => {
    const parsed = parseSendGridEvents(valid);
    expect(parsed).toHaveLength(5);
    expect(parsed[0]).toEqual({
      sg_event_id: 'ZGVsaXZlcmVkLTAtMTIzNDU2',
      sg_message_id: 'abcdefghijklmnopqrstuv.filterdrecv-1',
      event: 'delivered',
      email: 'zoë@example.com',
      timestamp: 1_700_000_000,
      response: '250 OK',
      send_id: 'send-1',
      workspace_id: 'ws-1',
    });
    expect(parsed[1]).toMatchObject({
      event: 'bounce',
      type: 'bounce',
      status: '5.1.1',
      bounce_classification: 'Invalid Address',
      send_id: 'send-2',
    });
    expect(parsed[1]).not.toHaveProperty('smtp-id');
    expect(parsed[2]).toMatchObject({
      event: 'click',
      url: 'https://acme.example/pricing',
      useragent: 'Mozilla/5.0',
      ip: '203.0.113.9',
      category: ['welcome'],
    });
    expect(parsed[3]).toMatchObject({ event: 'open', sg_machine_open: true });
    expect(parsed[4]).toMatchObject({
      event: 'group_unsubscribe',
      asm_group_id: 42,
      sg_message_id: null,
      send_id: null,
      workspace_id: null,
    });
  });

  it('skips malformed entries and keeps the rest', () => {
    const body = [
      null,
      42,
      'delivered',
      [],
      {},
      { ...events[0], sg_event_id: undefined },
      { ...events[0], sg_event_id: '' },
      { ...events[0], event: 'exploded' },
      { ...events[0], email: 7 },
      { ...events[0], timestamp: 'yesterday' },
      { ...events[0], timestamp: -5 },
      valid[1],
      // Wrong types in optional fields drop the field, not the event.
      { ...valid[2], url: { href: 'x' }, useragent: null, type: 'weird', category: ['a', 3] },
    ];
    const parsed = parseSendGridEvents(body);
    expect(parsed.map((e) => e.sg_event_id)).toEqual(['b-1', 'c-1']);
    expect(parsed[1]).not.toHaveProperty('url');
    expect(parsed[1]).not.toHaveProperty('useragent');
    expect(parsed[1]).not.toHaveProperty('type');
    expect(parsed[1].category).toEqual(['a']);
  });

  it('never throws on garbage', () => {
    for (const garbage of [undefined, null, 0, 'not json', '{"a":', Buffer.from([0xff, 0xfe]), {}, { events }, true]) {
      expect(parseSendGridEvents(garbage)).toEqual([]);
    }
  });

  it('parses the raw body as text or buffer', () => {
    const raw = JSON.stringify(valid) + '\r\n';
    expect(parseSendGridEvents(raw)).toHaveLength(5);
    expect(parseSendGridEvents(Buffer.from(raw))).toHaveLength(5);
  });
});

function pick(signed: { signature: string; timestamp: string }): { signature: string; timestamp: string } {
  return { signature: signed.signature, timestamp: signed.timestamp };
}
