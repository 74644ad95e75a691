import { Injectable } from '@nestjs/common';
import {
  EMAIL_BOUNCED,
  EMAIL_CLICKED,
  EMAIL_DELIVERED,
  EMAIL_OPENED,
  EMAIL_UNSUBSCRIBED,
  type ActivityType,
  type EmailSendEventV1,
  type EmailSendStatus,
  type EventContract,
  type SuppressionReason,
} from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { ActivityRecorder } from '../../activities/activity-recorder';
import { ContactEntity } from '../../contacts/contact.entity';
import { EmailSendEntity, SuppressionEntity } from '../email.entities';
import { emailHash } from '../email-tokens';

/** Soft bounces of one address (mailbox full, greylisting) before it is suppressed. */
export const SOFT_BOUNCES_BEFORE_SUPPRESSION = 3;

/** How far a send has got; a late or repeated event never moves it back. */
const RANK: Record<EmailSendStatus, number> = {
  queued: 0,
  suppressed: 0,
  failed: 0,
  sent: 1,
  deferred: 1,
  delivered: 2,
  opened: 3,
  clicked: 4,
  dropped: 5,
  bounced: 5,
};

/**
 * What happened to a send after it left, from our tracking links or the provider's webhook, applied one way:
 * counts and status (only ever forward), the contact's timeline, suppressions (a hard bounce or a complaint at
 * once, soft bounces after three, an unsubscribe), and the `crm.email.*` event for the other services. The
 * caller makes each input idempotent (the webhook by `sg_event_id`; tracking counts every open and click).
 */
@Injectable()
export class EmailEventRecorder {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly recorder: ActivityRecorder,
  ) {}

  async delivered(manager: EntityManager, send: EmailSendEntity, at: Date): Promise<void> {
    await this.advance(manager, send, 'delivered');
    await this.announce(manager, EMAIL_DELIVERED, send, at, {});
    await this.activity(manager, send, 'email_delivered', at, {}, `email-delivered:${send.id}`);
  }

  async opened(manager: EntityManager, send: EmailSendEntity, at: Date, machine: boolean): Promise<void> {
    // A machine's prefetch (Apple Mail Privacy Protection, a security scanner) is recorded, not counted as a read.
    if (!machine) {
      await this.advance(manager, send, 'opened', { count: 'openCount' });
      await this.activity(manager, send, 'email_opened', at, {}, `email-opened:${send.id}`);
    }
    await this.announce(manager, EMAIL_OPENED, send, at, { machine });
  }

  async clicked(manager: EntityManager, send: EmailSendEntity, at: Date, url: string): Promise<void> {
    await this.advance(manager, send, 'clicked', { count: 'clickCount' });
    await this.announce(manager, EMAIL_CLICKED, send, at, { url });
    await this.activity(manager, send, 'email_clicked', at, { url }, `email-clicked:${send.id}:${url}`.slice(0, 250));
  }

  async bounced(manager: EntityManager, send: EmailSendEntity, at: Date, hard: boolean, reason: string): Promise<void> {
    await this.advance(manager, send, 'bounced', { reason: `${hard ? 'hard' : 'soft'}: ${reason}`.slice(0, 300) });
    await this.announce(manager, EMAIL_BOUNCED, send, at, { bounce_type: hard ? 'hard' : 'soft', reason });
    await this.activity(manager, send, 'email_bounced', at, { hard, reason }, `email-bounced:${send.id}`);
    if (!send.toEmail) return;
    if (hard) {
      await this.suppress(manager, send.workspaceId, send.toEmail, 'hard_bounce', 'bounced');
    } else if ((await this.softBounces(manager, send)) >= SOFT_BOUNCES_BEFORE_SUPPRESSION) {
      await this.suppress(manager, send.workspaceId, send.toEmail, 'soft_bounces', 'bounced');
    }
  }

  async dropped(manager: EntityManager, send: EmailSendEntity, reason: string): Promise<void> {
    await this.advance(manager, send, 'dropped', { reason: reason.slice(0, 300) });
  }

  async deferred(manager: EntityManager, send: EmailSendEntity, reason: string): Promise<void> {
    await this.advance(manager, send, 'deferred', { reason: reason.slice(0, 300) });
  }

  /**
   * The recipient wants no more marketing email (one-click, the footer link, the provider's unsubscribe, or a spam
   * complaint): suppressed at once, the contact marked, told once.
   */
  async unsubscribed(
    manager: EntityManager,
    workspaceId: string,
    email: string,
    send: EmailSendEntity | null,
    at: Date,
    reason: SuppressionReason = 'unsubscribed',
  ): Promise<boolean> {
    const fresh = await this.suppress(manager, workspaceId, email, reason, 'unsubscribed');
    if (!fresh) return false;
    if (send) {
      await this.announce(manager, EMAIL_UNSUBSCRIBED, send, at, { reason });
      await this.activity(manager, send, 'email_unsubscribed', at, { reason }, `email-unsubscribed:${send.id}`);
    }
    return true;
  }

  /**
   * Moves the send's status forward (never back, except that a bounce always lands) and bumps a counter, under one
   * row lock and in one update: an open or click is two round trips, not four.
   */
  private async advance(
    manager: EntityManager,
    send: EmailSendEntity,
    status: EmailSendStatus,
    { reason, count }: { reason?: string; count?: 'openCount' | 'clickCount' } = {},
  ) {
    const repo = WorkspaceRepository.of(manager, EmailSendEntity, send.workspaceId);
    const current = (await repo.findById(send.id, { lockForUpdate: true }))!;
    const forward = RANK[status] > RANK[current.status] || status === 'bounced';
    const patch = {
      ...(count ? { [count]: current[count] + 1 } : {}),
      ...(forward ? { status, ...(reason ? { statusReason: reason } : {}) } : {}),
    };
    if (Object.keys(patch).length) await repo.update({ id: send.id }, patch);
  }

  private async softBounces(manager: EntityManager, send: EmailSendEntity): Promise<number> {
    return WorkspaceRepository.of(manager, EmailSendEntity, send.workspaceId)
      .queryBuilder('send')
      .andWhere('send.toEmail = :email', { email: send.toEmail })
      .andWhere(`send.status = 'bounced' AND send.statusReason LIKE 'soft:%'`)
      .getCount();
  }

  /** Adds the address to the suppression list and marks its contact; false when it was suppressed already. */
  private async suppress(
    manager: EntityManager,
    workspaceId: string,
    email: string,
    reason: SuppressionReason,
    contactStatus: 'bounced' | 'unsubscribed',
  ): Promise<boolean> {
    const inserted = await WorkspaceRepository.of(manager, SuppressionEntity, workspaceId).insertUnlessConflict({
      emailHash: emailHash(workspaceId, email),
      email: email.toLowerCase(),
      reason,
      note: null,
    });
    await WorkspaceRepository.of(manager, ContactEntity, workspaceId).update(
      { email: email.toLowerCase() },
      { status: contactStatus },
    );
    return inserted !== null;
  }

  private async announce(
    manager: EntityManager,
    contract: EventContract<EmailSendEventV1>,
    send: EmailSendEntity,
    at: Date,
    extra: Partial<EmailSendEventV1>,
  ): Promise<void> {
    await this.publisher.publish(
      manager,
      contract,
      {
        send_id: send.id,
        contact_id: send.contactId,
        template: send.template,
        category: send.category,
        workflow_id: send.workflowId,
        occurred_at: at.toISOString(),
        ...extra,
      },
      { workspaceId: send.workspaceId },
    );
  }

  private async activity(
    manager: EntityManager,
    send: EmailSendEntity,
    type: ActivityType,
    at: Date,
    data: Record<string, unknown>,
    dedupeKey: string,
  ): Promise<void> {
    if (!send.contactId) return;
    await this.recorder.record(manager, send.workspaceId, {
      contactId: send.contactId,
      type,
      occurredAt: at,
      data: { send_id: send.id, ...data },
      workflowId: send.workflowId,
      dedupeKey,
    });
  }
}
