import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received, whatever it answered. */
export interface FakeSendGridRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or undefined when the body was not JSON. */
  body: unknown;
  rawBody: string;
  /** What the fake answered. */
  status: number;
  /** The X-Message-Id it answered with (202 only). */
  messageId: string | null;
}

export interface FakeSendGridFailure {
  status: number;
  /** Sent as `Retry-After: <seconds>`. */
  retryAfterSeconds?: number;
  /** Sent as `Retry-After: <HTTP date>`. */
  retryAfterDate?: Date;
  /** SendGrid-shaped error messages; a generic one when absent. */
  errors?: { message: string; field?: string | null; help?: string | null }[];
}

export interface FakeSendGrid {
  /** Base URL to give the SDK (`baseUrl`); the fake serves `POST /v3/mail/send` under it. */
  readonly url: string;
  /** The key the fake accepts as `Authorization: Bearer <key>`. */
  readonly apiKey: string;
  /** Every request received, in arrival order (failed, unauthorized and invalid ones included). */
  readonly requests: FakeSendGridRequest[];
  /** The requests answered 202. */
  accepted(): FakeSendGridRequest[];
  /** Personalizations of every accepted request, flattened: one per recipient message. */
  personalizations(): Record<string, unknown>[];
  /** The next `n` mail send requests (after auth and validation) answer this failure instead of 202. */
  failNext(n: number, failure: FakeSendGridFailure): void;
  /** The next `n` mail send requests get their connection destroyed without an answer (a network fault). */
  dropNext(n: number): void;
  /** The next `n` mail send requests get their answer after `ms` (to exercise client timeouts). */
  delayNext(n: number, ms: number): void;
  /** Forgets requests and scripted failures. */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeSendGridOptions {
  apiKey?: string;
}

type Scripted = { kind: 'fail'; failure: FakeSendGridFailure } | { kind: 'drop' } | { kind: 'delay'; ms: number };

/**
 * A local stand-in for SendGrid's v3 mail send API, good enough for the real `@sendgrid/mail` SDK to talk to: it
 * checks the bearer key, validates the request shape the way SendGrid does for the parts we use (so a payload bug
 * answers 400 here rather than in production), records everything, answers 202 with an `X-Message-Id`, and can be
 * told to fail, drop or stall the next requests.
 */
export async function startFakeSendGrid(options: FakeSendGridOptions = {}): Promise<FakeSendGrid> {
  // SendGrid keys start with "SG."; the SDK warns on anything else.
  const apiKey = options.apiKey ?? 'SG.fake-sendgrid-test-key';
  const requests: FakeSendGridRequest[] = [];
  let script: Scripted[] = [];
  const pendingTimers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) answer(res, 500, { errors: [{ message: 'fake sendgrid crashed', field: null }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const record: FakeSendGridRequest = {
      method: req.method ?? '',
      path,
      headers: req.headers,
      body: parseJson(rawBody),
      rawBody,
      status: 0,
      messageId: null,
    };
    requests.push(record);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      answer(res, status, body, headers);
    };

    if (path !== '/v3/mail/send') return reply(404, { errors: [{ message: 'resource not found', field: null }] });
    if (req.method !== 'POST') return reply(405, { errors: [{ message: 'method not allowed', field: null }] });
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return reply(401, {
        errors: [{ message: 'The provided authorization grant is invalid, expired, or revoked', field: null }],
      });
    }
    if (record.body === undefined) {
      return reply(400, { errors: [{ message: 'Bad Request', field: null, help: 'the body is not valid JSON' }] });
    }
    const errors = validateMailSend(record.body);
    if (errors.length) return reply(400, { errors });

    const next = script.shift();
    if (next?.kind === 'drop') {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (next?.kind === 'delay') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (pendingTimers.delete(timer), resolve()), next.ms);
        pendingTimers.add(timer);
      });
      if (res.destroyed) return;
    }
    if (next?.kind === 'fail') {
      const { failure } = next;
      const headers: Record<string, string> = {};
      if (failure.retryAfterSeconds !== undefined) headers['Retry-After'] = String(failure.retryAfterSeconds);
      if (failure.retryAfterDate) headers['Retry-After'] = failure.retryAfterDate.toUTCString();
      const errs = failure.errors?.map((e) => ({ field: null, help: null, ...e })) ?? [
        { message: failure.status === 429 ? 'too many requests' : 'fake failure', field: null, help: null },
      ];
      return reply(failure.status, { errors: errs }, headers);
    }

    // SendGrid's message ids are 22 url-safe base64 characters.
    record.messageId = randomBytes(16).toString('base64url').slice(0, 22);
    reply(202, undefined, { 'X-Message-Id': record.messageId });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    accepted: () => requests.filter((r) => r.status === 202),
    personalizations: () =>
      requests
        .filter((r) => r.status === 202)
        .flatMap((r) => (r.body as { personalizations: Record<string, unknown>[] }).personalizations),
    failNext: (n, failure) => {
      for (let i = 0; i < n; i++) script.push({ kind: 'fail', failure });
    },
    dropNext: (n) => {
      for (let i = 0; i < n; i++) script.push({ kind: 'drop' });
    },
    delayNext: (n, ms) => {
      for (let i = 0; i < n; i++) script.push({ kind: 'delay', ms });
    },
    reset: () => {
      requests.length = 0;
      script = [];
    },
    close: async () => {
      for (const timer of pendingTimers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface SendGridError {
  message: string;
  field: string | null;
  help?: string | null;
}

/**
 * The checks of SendGrid's v3 `/mail/send` that matter for what we send: recipients, sender, subject, content and
 * the string-only maps. Messages follow SendGrid's wording so tests read like production logs.
 */
function validateMailSend(body: unknown): SendGridError[] {
  const errors: SendGridError[] = [];
  const err = (message: string, field: string | null): void => void errors.push({ message, field, help: null });
  if (!isObject(body)) return [{ message: 'Bad Request', field: null, help: 'the body must be a JSON object' }];

  const personalizations = body.personalizations;
  if (!Array.isArray(personalizations) || personalizations.length === 0) {
    err('The personalizations field is required and must have at least one personalization.', 'personalizations');
    return errors;
  }
  if (personalizations.length > 1000) {
    err('The personalizations field can have at most 1000 personalizations.', 'personalizations');
  }
  let recipients = 0;
  personalizations.forEach((p: unknown, i) => {
    const at = `personalizations.${i}`;
    if (!isObject(p)) return err('Each personalization must be an object.', at);
    if (!Array.isArray(p.to) || p.to.length === 0) {
      err(
        'The to array is required for all personalization objects, and must have at least one email object.',
        `${at}.to`,
      );
    } else {
      p.to.forEach((to: unknown, j) => {
        if (!isObject(to) || !validEmail(to.email)) {
          err('Does not contain a valid address.', `${at}.to.${j}.email`);
        }
      });
    }
    for (const list of ['to', 'cc', 'bcc']) if (Array.isArray(p[list])) recipients += (p[list] as unknown[]).length;
    if (p.subject !== undefined && (typeof p.subject !== 'string' || p.subject.length === 0)) {
      err('The subject of a personalization must be a string at least one character in length.', `${at}.subject`);
    } else if (p.subject === undefined && typeof body.subject !== 'string' && body.template_id === undefined) {
      err(
        'The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.',
        'subject',
      );
    }
    for (const map of ['headers', 'custom_args', 'substitutions']) {
      if (p[map] === undefined) continue;
      if (!isObject(p[map]) || Object.values(p[map]).some((v) => typeof v !== 'string')) {
        err(`The ${map} values must be strings.`, `${at}.${map}`);
      }
    }
  });
  if (recipients > 1000) err('The total number of recipients must be no more than 1000.', 'personalizations');

  if (!isObject(body.from) || !validEmail(body.from.email)) {
    err(
      'The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.',
      'from.email',
    );
  }
  if (body.reply_to !== undefined && (!isObject(body.reply_to) || !validEmail(body.reply_to.email))) {
    err('The reply_to email does not contain a valid address.', 'reply_to.email');
  }
  if (
    body.custom_args !== undefined &&
    (!isObject(body.custom_args) || Object.values(body.custom_args).some((v) => typeof v !== 'string'))
  ) {
    err('The custom_args values must be strings.', 'custom_args');
  }

  if (body.template_id === undefined) {
    const content = body.content;
    if (!Array.isArray(content) || content.length === 0) {
      err('Unless a valid template_id is provided, the content parameter is required.', 'content');
    } else {
      content.forEach((c: unknown, i) => {
        if (!isObject(c) || typeof c.type !== 'string' || typeof c.value !== 'string' || c.value.length === 0) {
          err('The content value must be a string at least one character in length.', `content.${i}.value`);
        }
      });
      const types = content.map((c: unknown) => (isObject(c) ? c.type : undefined));
      if (types.includes('text/plain') && types[0] !== 'text/plain') {
        err('If present, text/plain content must be first, followed by any other content.', 'content');
      }
    }
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validEmail(value: unknown): boolean {
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
  });
  res.end(payload);
}

/** An ECDSA P-256 pair like the one SendGrid signs its Event Webhook with. */
export interface WebhookKeyPair {
  /** Base64 of the DER SubjectPublicKeyInfo: the form SendGrid's dashboard shows as the verification key. */
  publicKey: string;
  privateKey: KeyObject;
}

export function makeWebhookKeyPair(): WebhookKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), privateKey };
}

export interface SignedWebhook {
  /** The exact bytes that were signed: post these, unchanged. */
  body: string;
  signature: string;
  timestamp: string;
  /** Ready to send: SendGrid's header names with the values above, plus the JSON content type. */
  headers: Record<string, string>;
}

/**
 * Signs a webhook body the way SendGrid does: ECDSA with SHA-256 over `<timestamp><raw body>`, DER-encoded and
 * base64. An object or array body is serialised with JSON.stringify first.
 */
export function signSendGridWebhook(
  body: unknown,
  privateKey: KeyObject | string,
  timestamp: number | string = Math.floor(Date.now() / 1000),
): SignedWebhook {
  const raw = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
  const ts = String(timestamp);
  const signature = sign('sha256', Buffer.from(ts + raw, 'utf8'), privateKey).toString('base64');
  return {
    body: raw,
    signature,
    timestamp: ts,
    headers: {
      'Content-Type': 'application/json',
      'X-Twilio-Email-Event-Webhook-Signature': signature,
      'X-Twilio-Email-Event-Webhook-Timestamp': ts,
    },
  };
}
