import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@sendgrid/client';
import { MailService, type MailDataRequired } from '@sendgrid/mail';
import {
  TransportError,
  type EmailAddress,
  type MailTransport,
  type OutgoingEmail,
  type ProviderErrorDetail,
  type SendResult,
} from './mail-transport';

/** SendGrid's v3 limit: at most 1,000 recipients (to + cc + bcc over all personalizations) per request. */
export const SENDGRID_MAX_PERSONALIZATIONS = 1000;

export interface SendGridTransportOptions {
  apiKey: string;
  /** API origin, e.g. a local fake in tests or a staging relay; SendGrid's global API when absent. */
  baseUrl?: string;
  /** Tries per API request, the first included. */
  maxAttempts?: number;
  /** First backoff step; doubles per attempt, with full jitter. */
  baseDelayMs?: number;
  /** Upper bound of one computed backoff (not of a Retry-After the provider asks for). */
  maxDelayMs?: number;
  /**
   * A Retry-After longer than this is not slept through in-process: the send fails as retryable with `retryAfterMs`,
   * so the caller's durable queue can reschedule it without holding a worker (and its message) for minutes.
   */
  maxRetryAfterMs?: number;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** API requests in flight at once for one batch (messages with distinct bodies take one request each). */
  concurrency?: number;
  /** Observability hook: called before each backoff sleep. */
  onRetry?: (info: { attempt: number; delayMs: number; statusCode: number | null; reason: string }) => void;
}

type MailContent = { type: string; value: string };

interface PlannedRequest {
  /** Positions in the caller's batch, so results come back in its order. */
  indices: number[];
  data: MailDataRequired;
}

const DEFAULTS = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  timeoutMs: 30_000,
  concurrency: 4,
};

/**
 * Delivers through SendGrid's v3 mail send API with the official `@sendgrid/mail` SDK. The SDK itself neither
 * retries nor batches, so both live here:
 *
 * - Messages whose from, reply-to, bodies and categories are identical share one request (one personalization each,
 *   carrying its own recipient, subject, headers and custom args), chunked at SendGrid's 1,000; a message with a
 *   body of its own (the usual case: bodies carry per-recipient unsubscribe and tracking links) is a request alone.
 * - 429 and 5xx are retried with exponential backoff and jitter, honouring Retry-After (seconds or an HTTP date) and
 *   SendGrid's X-RateLimit-Reset; network errors and timeouts are retried too; any other 4xx fails at once.
 */
export class SendGridTransport implements MailTransport {
  readonly name = 'sendgrid' as const;
  private readonly mail: MailService;
  private readonly settings: typeof DEFAULTS;
  private readonly onRetry: SendGridTransportOptions['onRetry'];

  constructor(options: SendGridTransportOptions) {
    if (!options.apiKey) throw new Error('SendGridTransport needs an API key');
    this.settings = {
      maxAttempts: positive(options.maxAttempts, DEFAULTS.maxAttempts),
      baseDelayMs: nonNegative(options.baseDelayMs, DEFAULTS.baseDelayMs),
      maxDelayMs: nonNegative(options.maxDelayMs, DEFAULTS.maxDelayMs),
      maxRetryAfterMs: nonNegative(options.maxRetryAfterMs, DEFAULTS.maxRetryAfterMs),
      timeoutMs: positive(options.timeoutMs, DEFAULTS.timeoutMs),
      concurrency: positive(options.concurrency, DEFAULTS.concurrency),
    };
    this.onRetry = options.onRetry;

    // An instance of our own rather than the SDK's module singleton: another part of the process (or a test) setting
    // a key or base URL on the singleton must not redirect our mail.
    const client = new Client();
    client.setApiKey(options.apiKey);
    // After setApiKey, which resets the base URL to the region's host.
    if (options.baseUrl) client.setDefaultRequest('baseUrl', validBaseUrl(options.baseUrl));
    this.mail = new MailService();
    this.mail.setClient(client);
    this.mail.setTimeout(this.settings.timeoutMs);
  }

  async send(batch: OutgoingEmail[]): Promise<SendResult[]> {
    // Checked up front so a bad message fails the batch before anything went out, not halfway through it.
    batch.forEach(assertSendable);
    const results: SendResult[] = new Array(batch.length);
    const planned = plan(batch);
    let failure: TransportError | undefined;
    let next = 0;

    const worker = async (): Promise<void> => {
      while (!failure && next < planned.length) {
        const request = planned[next++];
        try {
          const messageId = await this.sendWithRetries(request.data);
          for (const i of request.indices) {
            results[i] = { status: 'accepted', provider: 'sendgrid', provider_message_id: messageId };
          }
        } catch (error) {
          failure ??= error instanceof TransportError ? error : classify(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.settings.concurrency, planned.length) }, worker));

    if (failure) {
      const accepted = new Map<string, SendResult>();
      batch.forEach((email, i) => results[i] && accepted.set(email.send_id, results[i]));
      throw new TransportError(failure.message, {
        retryable: failure.retryable,
        retryAfterMs: failure.retryAfterMs,
        statusCode: failure.statusCode,
        details: failure.details,
        accepted,
        cause: failure.cause,
      });
    }
    return results;
  }

  /** One API request, retried; resolves with SendGrid's X-Message-Id. */
  private async sendWithRetries(data: MailDataRequired): Promise<string | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        const [response] = await this.mail.send(data);
        return headerValue(response.headers, 'x-message-id');
      } catch (error) {
        const failure = classify(error);
        if (!failure.retryable) throw failure;
        if (attempt >= this.settings.maxAttempts) {
          throw withMessage(failure, `${failure.message} (gave up after ${attempt} attempts)`);
        }
        if (failure.retryAfterMs !== null && failure.retryAfterMs > this.settings.maxRetryAfterMs) throw failure;
        const delayMs = this.delayBeforeRetry(attempt, failure.retryAfterMs);
        this.onRetry?.({ attempt, delayMs, statusCode: failure.statusCode, reason: failure.message });
        await sleep(delayMs);
      }
    }
  }

  private delayBeforeRetry(attempt: number, retryAfterMs: number | null): number {
    const { baseDelayMs, maxDelayMs } = this.settings;
    // Never earlier than the provider asked; a little jitter so workers told the same instant do not stampede.
    if (retryAfterMs !== null) return retryAfterMs + Math.round(Math.random() * Math.min(baseDelayMs, 1000));
    // Full jitter (uniform between zero and the exponential step) spreads retries of many workers best.
    return Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  }
}

/** Groups messages that can share a request and cuts the groups into requests of at most 1,000 personalizations. */
function plan(batch: OutgoingEmail[]): PlannedRequest[] {
  const groups = new Map<string, number[]>();
  batch.forEach((email, i) => {
    const key = sharedContentKey(email);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });

  const requests: PlannedRequest[] = [];
  for (const indices of groups.values()) {
    for (let start = 0; start < indices.length; start += SENDGRID_MAX_PERSONALIZATIONS) {
      const chunk = indices.slice(start, start + SENDGRID_MAX_PERSONALIZATIONS);
      requests.push({ indices: chunk, data: requestFor(chunk.map((i) => batch[i])) });
    }
  }
  return requests;
}

/** Everything a v3 request holds once for all its personalizations; subject, headers and custom args may differ. */
function sharedContentKey(email: OutgoingEmail): string {
  const shared = [
    addressKey(email.from),
    email.reply_to ? addressKey(email.reply_to) : null,
    email.html,
    email.text,
    email.categories ?? [],
  ];
  // A digest keeps the map small when bodies are large and nearly all distinct.
  return createHash('sha256').update(JSON.stringify(shared)).digest('base64');
}

function requestFor(emails: OutgoingEmail[]): MailDataRequired {
  const [first] = emails;
  // SendGrid wants text/plain before text/html and rejects an empty content value.
  // (assertSendable made sure at least one is there, hence the non-empty tuple type the SDK's typings ask for.)
  const content = [
    { type: 'text/plain', value: first.text },
    { type: 'text/html', value: first.html },
  ].filter((part) => part.value.length > 0) as [MailContent, ...MailContent[]];
  return {
    from: address(first.from),
    ...(first.reply_to ? { replyTo: address(first.reply_to) } : {}),
    ...(first.categories?.length ? { categories: first.categories } : {}),
    content,
    // Headers go per personalization, never on the mail: the SDK also copies mail-level headers onto the HTTP request.
    personalizations: emails.map((email) => ({
      to: [address(email.to)],
      subject: email.subject,
      ...(Object.keys(email.headers).length ? { headers: email.headers } : {}),
      ...(Object.keys(email.custom_args).length ? { customArgs: email.custom_args } : {}),
    })),
  };
}

function assertSendable(email: OutgoingEmail): void {
  const problem = !email.to?.email
    ? 'has no recipient address'
    : !email.from?.email
      ? 'has no sender address'
      : !email.subject
        ? 'has an empty subject'
        : !email.html && !email.text
          ? 'has neither an HTML nor a text body'
          : Object.values(email.custom_args).some((v) => typeof v !== 'string')
            ? 'has a custom arg that is not a string'
            : null;
  if (problem) throw new TransportError(`email ${email.send_id} ${problem}`, { retryable: false });
}

/** SendGrid rejects `name: null`; the SDK rejects a non-string name. An absent name is simply left out. */
function address(a: EmailAddress): { email: string; name?: string } {
  return a.name ? { email: a.email, name: a.name } : { email: a.email };
}

function addressKey(a: EmailAddress): [string, string | null] {
  return [a.email, a.name || null];
}

/** What an SDK rejection means for a retry: its ResponseError carries the HTTP answer, axios errors a network fault. */
function classify(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  const response = responseOf(error);
  if (response) {
    const { status, headers, body } = response;
    const details = errorDetails(body);
    const summary = details.length
      ? details.map((d) => (d.field ? `${d.message} [${d.field}]` : d.message)).join('; ')
      : String((error as Error).message || 'no details');
    const retryable = status === 429 || status >= 500;
    return new TransportError(`SendGrid answered ${status}: ${summary}`, {
      retryable,
      statusCode: status,
      retryAfterMs: retryable ? retryAfterMs(headers) : null,
      details,
    });
  }
  if (isAxiosError(error)) {
    // The axios error is not kept as the cause: its config holds our Authorization header, and causes get logged.
    // A timeout is retried although SendGrid may have accepted the first try; SendGrid has no idempotency key, and
    // a rare duplicate is the lesser harm than a lost welcome email.
    return new TransportError(`SendGrid request failed: ${error.code ?? 'network error'} ${error.message}`.trim(), {
      retryable: true,
    });
  }
  // The SDK validating our data, or a bug: trying again cannot help.
  return new TransportError(`SendGrid send failed: ${(error as Error)?.message ?? String(error)}`, {
    retryable: false,
    cause: error,
  });
}

function responseOf(error: unknown): { status: number; headers: unknown; body: unknown } | null {
  if (typeof error !== 'object' || error === null) return null;
  // The SDK's ResponseError: `code` is the HTTP status, `response` holds headers and the parsed body.
  const { code, response } = error as { code?: unknown; response?: { headers?: unknown; body?: unknown } };
  if (typeof code !== 'number' || typeof response !== 'object' || response === null) return null;
  return { status: code, headers: response.headers, body: response.body };
}

function isAxiosError(error: unknown): error is { code?: string; message: string } {
  return typeof error === 'object' && error !== null && (error as { isAxiosError?: unknown }).isAxiosError === true;
}

/** SendGrid's error body: `{ errors: [{ message, field, help }] }`. */
function errorDetails(body: unknown): ProviderErrorDetail[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { message: string; field?: unknown } => typeof e?.message === 'string')
    .map((e) => ({ message: e.message, field: typeof e.field === 'string' ? e.field : null }));
}

/** Retry-After in seconds or as an HTTP date; failing that, SendGrid's X-RateLimit-Reset (epoch seconds). */
export function retryAfterMs(headers: unknown, now: number = Date.now()): number | null {
  const retryAfter = headerValue(headers, 'retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = headerValue(headers, 'x-ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return null;
}

/** Reads a header from axios' AxiosHeaders or a plain object, whatever the case of its name. */
function headerValue(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  const getter = (headers as { get?: unknown }).get;
  let value: unknown =
    typeof getter === 'function' ? (getter as (n: string) => unknown).call(headers, name) : undefined;
  if (value === undefined || value === null) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : (headers as Record<string, unknown>)[key];
  }
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' && value.length > 0 ? value : typeof value === 'number' ? String(value) : null;
}

function withMessage(error: TransportError, message: string): TransportError {
  return new TransportError(message, {
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    statusCode: error.statusCode,
    details: error.details,
    cause: error.cause,
  });
}

function validBaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SendGrid base URL must be http(s): ${url}`);
  }
  return url;
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}
