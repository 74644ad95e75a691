import { EventWebhook, EventWebhookHeader } from '@sendgrid/eventwebhook';

/** Header names SendGrid signs its Event Webhook posts with (Node lower-cases incoming header names). */
export const SENDGRID_SIGNATURE_HEADER = EventWebhookHeader.SIGNATURE().toLowerCase();
export const SENDGRID_TIMESTAMP_HEADER = EventWebhookHeader.TIMESTAMP().toLowerCase();

export interface VerifySendGridWebhookInput {
  /** The verification key from SendGrid's Mail Settings: base64 DER (SPKI) as the dashboard shows it, or PEM. */
  publicKey: string;
  /** The body exactly as received; re-serialised JSON would not match the signature. */
  rawBody: Buffer | string;
  signature: string | null | undefined;
  timestamp: string | null | undefined;
  now?: Date;
  toleranceSeconds?: number;
}

export type VerifySendGridWebhookResult =
  { ok: true } | { ok: false; reason: 'missing_headers' | 'bad_signature' | 'stale_timestamp' };

const eventWebhook = new EventWebhook();
type EcdsaPublicKey = ReturnType<EventWebhook['convertPublicKeyToECDSA']>;
// Parsing the key is pure-JS DER decoding; the key changes only with configuration, so the last one is kept.
let cachedKey: { source: string; key: EcdsaPublicKey } | undefined;

/**
 * Checks that a post really comes from SendGrid: an ECDSA (P-256, SHA-256) signature over the timestamp header
 * followed by the raw body, verified with `@sendgrid/eventwebhook`. The timestamp must also be recent, or a captured
 * post could be replayed forever (the signature alone never expires).
 *
 * Throws (rather than answering `bad_signature`) when the configured public key itself is unusable: that is an
 * operator's mistake, and a 5xx makes SendGrid retry the events later instead of them being dropped as forgeries.
 */
export function verifySendGridWebhook(input: VerifySendGridWebhookInput): VerifySendGridWebhookResult {
  const { rawBody, now = new Date(), toleranceSeconds = 300 } = input;
  const signature = input.signature?.trim();
  const timestamp = input.timestamp?.trim();
  if (!signature || !timestamp) return { ok: false, reason: 'missing_headers' };

  // Cheap check first, so replays of old posts cost no elliptic-curve arithmetic. A timestamp that is not a plain
  // number of seconds can never be recent.
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'stale_timestamp' };
  const ageSeconds = now.getTime() / 1000 - Number(timestamp);
  if (Math.abs(ageSeconds) > toleranceSeconds) return { ok: false, reason: 'stale_timestamp' };

  const key = publicKeyFor(input.publicKey);
  let valid: boolean;
  try {
    valid = eventWebhook.verifySignature(key, rawBody, signature, timestamp);
  } catch {
    // A signature that is not base64 DER makes the decoder throw: it is simply not a valid signature.
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: 'bad_signature' };
}

/** For boot-time configuration checks: throws when the key cannot be used to verify anything. */
export function assertSendGridWebhookPublicKey(publicKey: string): void {
  publicKeyFor(publicKey);
}

function publicKeyFor(source: string): EcdsaPublicKey {
  const trimmed = source?.trim();
  if (cachedKey?.source === trimmed) return cachedKey.key;
  let key: EcdsaPublicKey;
  try {
    if (!trimmed) throw new Error('empty');
    key = eventWebhook.convertPublicKeyToECDSA(trimmed);
  } catch (error) {
    throw new Error('The SendGrid Event Webhook public key is not a valid ECDSA public key (base64 DER or PEM)', {
      cause: error,
    });
  }
  cachedKey = { source: trimmed, key };
  return key;
}

export const SENDGRID_EVENT_TYPES = [
  'processed',
  'delivered',
  'deferred',
  'bounce',
  'dropped',
  'open',
  'click',
  'spamreport',
  'unsubscribe',
  'group_unsubscribe',
  'group_resubscribe',
] as const;

export type SendGridEventType = (typeof SENDGRID_EVENT_TYPES)[number];

/**
 * One Event Webhook entry, reduced to what the crm uses. Our custom args (`send_id`, `workspace_id`) arrive at the
 * top level of each event, next to SendGrid's own fields; they are null for mail that did not come from us (sent
 * from the dashboard, or before custom args existed).
 */
export interface SendGridEvent {
  /** Unique per event: the deduplication key (SendGrid delivers at least once). */
  sg_event_id: string;
  /** `<X-Message-Id>.<filter suffix>`; absent on a few event kinds, hence nullable. */
  sg_message_id: string | null;
  event: SendGridEventType;
  email: string;
  /** Unix seconds. */
  timestamp: number;
  send_id: string | null;
  workspace_id: string | null;
  /** click: the link followed. */
  url?: string;
  /** bounce, dropped, deferred: the receiving server's or SendGrid's explanation. */
  reason?: string;
  /** delivered, deferred: the receiving server's SMTP response. */
  response?: string;
  /** bounce: the enhanced SMTP status, e.g. `5.1.1`. */
  status?: string;
  /** bounce: `bounce` is a hard bounce from the receiving server, `blocked` a (usually temporary) block. */
  type?: 'bounce' | 'blocked';
  /** bounce: SendGrid's classification, e.g. `Invalid Address`, `Mailbox Unavailable`, `Reputation`. */
  bounce_classification?: string;
  /** deferred: delivery attempt number. */
  attempt?: number;
  /** open, click */
  useragent?: string;
  ip?: string;
  /** open: SendGrid's flag for machine (privacy proxy) opens, e.g. Apple Mail Privacy Protection. */
  sg_machine_open?: boolean;
  /** group_unsubscribe, group_resubscribe, and mail sent with an unsubscribe group. */
  asm_group_id?: number;
  category?: string[];
}

const EVENT_TYPES = new Set<string>(SENDGRID_EVENT_TYPES);

/**
 * Turns a webhook body (the parsed JSON array, or the raw text / buffer) into typed events. Entries that lack what
 * every event must have (id, known event name, address, timestamp) are skipped, and never throws: one odd entry must
 * not make SendGrid retry, and so re-deliver, the whole batch.
 */
export function parseSendGridEvents(body: unknown): SendGridEvent[] {
  let value = body;
  if (typeof value === 'string' || Buffer.isBuffer(value)) {
    try {
      value = JSON.parse(value.toString());
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  const events: SendGridEvent[] = [];
  for (const entry of value) {
    const event = parseEvent(entry);
    if (event) events.push(event);
  }
  return events;
}

function parseEvent(entry: unknown): SendGridEvent | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const raw = entry as Record<string, unknown>;
  const sgEventId = text(raw.sg_event_id);
  const eventName = text(raw.event);
  const email = text(raw.email);
  const timestamp = seconds(raw.timestamp);
  if (!sgEventId || !eventName || !EVENT_TYPES.has(eventName) || !email || timestamp === null) return null;

  const event: SendGridEvent = {
    sg_event_id: sgEventId,
    sg_message_id: text(raw.sg_message_id),
    event: eventName as SendGridEventType,
    email,
    timestamp,
    send_id: text(raw.send_id),
    workspace_id: text(raw.workspace_id),
  };
  const optionalText = ['url', 'reason', 'response', 'bounce_classification', 'useragent', 'ip'] as const;
  for (const field of optionalText) {
    const v = text(raw[field]);
    if (v !== null) event[field] = v;
  }
  // `status` is a string in SendGrid's docs, but keep it readable if a relay turned it into a number.
  const status = text(raw.status) ?? (typeof raw.status === 'number' ? String(raw.status) : null);
  if (status !== null) event.status = status;
  if (raw.type === 'bounce' || raw.type === 'blocked') event.type = raw.type;
  const attempt = integer(raw.attempt);
  if (attempt !== null) event.attempt = attempt;
  // SendGrid documents a boolean; accept the 0/1 some accounts receive.
  if (typeof raw.sg_machine_open === 'boolean') event.sg_machine_open = raw.sg_machine_open;
  else if (raw.sg_machine_open === 1 || raw.sg_machine_open === 0) event.sg_machine_open = raw.sg_machine_open === 1;
  const group = integer(raw.asm_group_id);
  if (group !== null) event.asm_group_id = group;
  // A single category arrives as a string, several as an array.
  if (typeof raw.category === 'string') event.category = [raw.category];
  else if (Array.isArray(raw.category)) event.category = raw.category.filter((c): c is string => typeof c === 'string');
  return event;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function integer(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return null;
}

function seconds(value: unknown): number | null {
  const n = integer(value);
  return n !== null && n >= 0 ? n : null;
}
