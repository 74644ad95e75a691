import type { MailTransport, OutgoingEmail, SendResult } from './mail-transport';

/**
 * The transport used when no SendGrid key is configured (local development, tests, the offline platform). It accepts
 * every message and keeps nothing: the caller already stores the fully rendered message on its `email_sends` row, so
 * `GET /api/crm/emails` can show what "would have gone out" without a second copy that could drift from it.
 */
export class SinkTransport implements MailTransport {
  readonly name = 'sink' as const;

  async send(batch: OutgoingEmail[]): Promise<SendResult[]> {
    // A deterministic id keeps the row traceable and makes a retried send produce the same result.
    return batch.map((email) => ({
      status: 'accepted',
      provider: 'sink',
      provider_message_id: `sink-${email.send_id}`,
    }));
  }
}
