/**
 * The one seam between the crm's sending logic and whatever delivers mail. Callers render every message fully
 * (personalised subject and bodies, List-Unsubscribe headers, our send id in custom args) before handing it over, so
 * a transport only moves bytes and never needs to know about contacts, templates or suppressions.
 */

export interface EmailAddress {
  email: string;
  name?: string | null;
}

export interface OutgoingEmail {
  /** Our `email_sends` id; transports echo it back (custom args) so provider events can be matched to the row. */
  send_id: string;
  to: EmailAddress;
  from: EmailAddress;
  reply_to?: EmailAddress | null;
  subject: string;
  html: string;
  text: string;
  /** Extra MIME headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers: Record<string, string>;
  /** Echoed back by the provider's event webhook; carries at least `send_id` and `workspace_id`. */
  custom_args: Record<string, string>;
  categories?: string[];
}

export type SendResult = {
  status: 'accepted';
  provider: 'sendgrid' | 'sink';
  /** SendGrid's `X-Message-Id` (shared by every message of one API request); `sink-<send_id>` for the sink. */
  provider_message_id: string | null;
};

/** One entry of a provider's error body, e.g. SendGrid's `{ message, field, help }`. */
export interface ProviderErrorDetail {
  message: string;
  field?: string | null;
}

export interface TransportErrorOptions {
  retryable: boolean;
  retryAfterMs?: number | null;
  statusCode?: number | null;
  details?: ProviderErrorDetail[];
  accepted?: ReadonlyMap<string, SendResult>;
  cause?: unknown;
}

/**
 * Why a send did not go out. `retryable` tells the caller whether trying the same messages later can succeed
 * (rate limit, provider outage, network) or never will (bad request, wrong key); `retryAfterMs` is the provider's
 * own hint when it gave one, so a durable queue can reschedule instead of hammering.
 */
export class TransportError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly statusCode: number | null;
  /** The provider's error messages, as it gave them (field names tell an operator what to fix). */
  readonly details: ProviderErrorDetail[];
  /**
   * Messages of the same batch that the provider had already accepted before the failure, by send id: a batch may
   * take several API requests, and the caller must mark these as sent rather than retry them (that would send twice).
   */
  readonly accepted: ReadonlyMap<string, SendResult>;

  constructor(message: string, options: TransportErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransportError';
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.statusCode = options.statusCode ?? null;
    this.details = options.details ?? [];
    this.accepted = options.accepted ?? new Map();
  }
}

export interface MailTransport {
  readonly name: 'sendgrid' | 'sink';
  /**
   * Sends every message of the batch and resolves with one result per message, in the batch's order. Rejects with a
   * TransportError when any message could not be handed over; the error's `accepted` lists those that were.
   */
  send(batch: OutgoingEmail[]): Promise<SendResult[]>;
}
