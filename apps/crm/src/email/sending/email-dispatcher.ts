import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CRM_ENV } from '../../crm.config';
import type { CrmEnv } from '../../crm.env';
import { EmailSendEntity } from '../email.entities';
import { TransportError, type MailTransport, type OutgoingEmail } from '../transport/mail-transport';
import { MAIL_TRANSPORT } from './mail-transport.provider';
import { MergeDataBuilder } from './merge-data';
import { SendEmailUseCase } from './send-email.usecase';

const BATCH = 100;
const MAX_ATTEMPTS = 8;

/**
 * Hands queued sends to the transport (SendGrid) after their transaction committed. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several crm replicas share the queue without sending a row twice; a row is marked
 * sent in the same transaction that claimed it. Failures back off (the provider's Retry-After when it gave one)
 * and give up after 8 attempts; a refusal that retrying cannot fix fails at once. If the process dies between the
 * provider's acceptance and the commit, the row is sent again (SendGrid has no idempotency key): at least once.
 */
@Injectable()
export class EmailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sendEmail: SendEmailUseCase,
    private readonly mergeData: MergeDataBuilder,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {}

  onApplicationBootstrap(): void {
    if (this.transport.name === 'sink') return; // the sink "sends" inside the command's own transaction
    this.timer = setInterval(() => void this.dispatch(), this.env.EMAIL_DISPATCH_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass: claims up to a batch of due rows, sends them, records the outcome. Returns how many it handled. */
  async dispatch(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const table = quotedTablePath(manager, EmailSendEntity);
        // The queue spans workspaces: each row is then handled through its own workspace's repository.
        // eslint-disable-next-line no-restricted-syntax -- infrastructure queue, rows re-read per workspace below
        const due: { id: string; workspace_id: string }[] = await manager.query(
          `SELECT "id", "workspace_id" FROM ${table}
            WHERE "status" = 'queued' AND "next_attempt_at" <= now()
            ORDER BY "next_attempt_at" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        for (const { id, workspace_id: workspaceId } of due) await this.sendOne(manager, workspaceId, id);
        return due.length;
      });
    } catch (err) {
      this.logger.warn(
        `email dispatch failed (next pass in ${this.env.EMAIL_DISPATCH_INTERVAL_MS} ms): ${(err as Error).message}`,
      );
      return 0;
    } finally {
      this.running = false;
    }
  }

  private async sendOne(manager: EntityManager, workspaceId: string, id: string): Promise<void> {
    const sends = WorkspaceRepository.of(manager, EmailSendEntity, workspaceId);
    const send = (await sends.findById(id))!;
    const settings = await this.mergeData.settings(manager, workspaceId);
    const message: OutgoingEmail = {
      send_id: send.id,
      to: { email: send.toEmail!, name: send.toName },
      from: { email: settings?.fromEmail ?? this.env.EMAIL_DEFAULT_FROM, name: settings?.fromName ?? null },
      reply_to: settings?.replyTo ? { email: settings.replyTo } : null,
      subject: send.subject,
      html: send.html ?? '',
      text: send.text ?? '',
      headers: send.headers,
      custom_args: { send_id: send.id, workspace_id: workspaceId },
      categories: [send.category],
    };
    try {
      const [result] = await this.transport.send([message]);
      await sends.update(
        { id },
        {
          status: 'sent',
          sentAt: new Date(),
          providerMessageId: result.provider_message_id,
          attempts: send.attempts + 1,
        },
      );
      await this.sendEmail.delivered(manager, (await sends.findById(id))!);
    } catch (err) {
      const error = err instanceof TransportError ? err : null;
      const attempts = send.attempts + 1;
      if (error?.retryable !== false && attempts < MAX_ATTEMPTS) {
        const backoff = error?.retryAfterMs ?? Math.min(2 ** attempts * 1_000, 10 * 60_000);
        await sends.update(
          { id },
          {
            attempts,
            nextAttemptAt: new Date(Date.now() + backoff),
            statusReason: String((err as Error).message).slice(0, 300),
          },
        );
      } else {
        await sends.update(
          { id },
          { attempts, status: 'failed', statusReason: String((err as Error).message).slice(0, 300) },
        );
      }
    }
  }
}
