import { Injectable, Logger } from '@nestjs/common';
import type { SendGridWebhookView } from '@mab/contracts';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailSendEntity } from '../../email.entities';
import { EmailEventRecorder } from '../../events/email-event-recorder';
import type { SendGridEvent } from '../../transport/sendgrid-webhook';
import { EmailWebhookEventEntity } from '../email-webhook-event.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What fits the dedupe key's column; SendGrid's ids are about 22–48 printable characters. */
const EVENT_ID = /^[\x21-\x7e]{1,100}$/;
/** SendGrid retries an unanswered post for up to 24 hours; keys are kept well past that. */
const DEDUPE_RETENTION_DAYS = 3;
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 10_000;

export interface ApplySendGridEventsCommand {
  /** The command's transaction: the whole batch commits together, or SendGrid retries it whole. */
  manager: EntityManager;
  events: SendGridEvent[];
}

type Outcome = 'applied' | 'duplicates' | 'ignored';

/**
 * Provider text (SMTP answers, URLs) on its way into jsonb, events and `status_reason`: no control characters or
 * lone surrogates (PostgreSQL refuses them, consumers' validation too), bounded.
 */
function clean(text: string | undefined, max: number): string {
  return (text ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .trim()
    .slice(0, max);
}

/** When it happened, by SendGrid's clock; a timestamp no date can hold (or far ahead) is read as now. */
function occurredAt(event: SendGridEvent): Date {
  const ms = event.timestamp * 1000;
  return ms > 0 && ms < Date.now() + 86_400_000 ? new Date(ms) : new Date();
}

/**
 * Applies a verified Event Webhook batch. Each event finds its send by our custom args (`send_id` and
 * `workspace_id`, both required: mail of no send of ours is ignored), is applied once per `sg_event_id`, and goes
 * through the EmailEventRecorder like a tracked open or click, so status (forward only), the timeline, suppressions
 * and the `crm.email.*` events follow one set of rules:
 * processed → nothing (the dispatcher marked the send sent when SendGrid took it); delivered; deferred;
 * bounce (`bounce` hard: suppressed at once; `blocked` soft: suppressed after a few); dropped; open (SendGrid's
 * machine-open flag kept); click (with its URL); spamreport → unsubscribed as `spam_report`; unsubscribe and
 * group_unsubscribe → unsubscribed; group_resubscribe → nothing (only the workspace lifts a suppression).
 */
@Injectable()
export class ApplySendGridEventsUseCase {
  private readonly logger = new Logger(ApplySendGridEventsUseCase.name);
  private lastPrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: EmailEventRecorder,
  ) {}

  async execute({ manager, events }: ApplySendGridEventsCommand): Promise<SendGridWebhookView> {
    const counts: SendGridWebhookView = { received: events.length, applied: 0, duplicates: 0, ignored: 0 };
    // Oldest first: a batch may hold a send's delivery and its open (the recorder never moves a status back anyway).
    const ordered = [...events].sort((a, b) => a.timestamp - b.timestamp);
    for (const event of ordered) counts[await this.apply(manager, event)]++;
    this.pruneNowAndThen();
    return counts;
  }

  private async apply(manager: EntityManager, event: SendGridEvent): Promise<Outcome> {
    const { send_id: sendId, workspace_id: workspaceId } = event;
    if (!sendId || !workspaceId || !UUID.test(sendId) || !UUID.test(workspaceId) || !EVENT_ID.test(event.sg_event_id))
      return 'ignored';
    const send = await WorkspaceRepository.of(manager, EmailSendEntity, workspaceId).findById(sendId);
    if (!send) return 'ignored';
    const effect = this.effectOf(manager, event, send);
    if (!effect) return 'ignored';
    // The key goes in before the effect, in the same transaction: a concurrent redelivery of the batch waits on it
    // and then finds it, and a rolled-back batch leaves no key behind.
    const fresh = await WorkspaceRepository.of(manager, EmailWebhookEventEntity, workspaceId).insertUnlessConflict({
      sgEventId: event.sg_event_id,
      event: event.event,
    });
    if (!fresh) return 'duplicates';
    await effect();
    return 'applied';
  }

  private effectOf(
    manager: EntityManager,
    event: SendGridEvent,
    send: EmailSendEntity,
  ): (() => Promise<unknown>) | null {
    const at = occurredAt(event);
    const reason = () => clean(event.reason ?? event.response ?? event.status ?? event.bounce_classification, 300);
    switch (event.event) {
      case 'delivered':
        return () => this.recorder.delivered(manager, send, at);
      case 'deferred':
        return () => this.recorder.deferred(manager, send, reason());
      case 'bounce':
        // `blocked` is usually temporary (reputation, a full mailbox): a soft bounce, suppressed only if it repeats.
        return () => this.recorder.bounced(manager, send, at, event.type !== 'blocked', reason());
      case 'dropped':
        return () => this.recorder.dropped(manager, send, reason());
      case 'open':
        return () => this.recorder.opened(manager, send, at, event.sg_machine_open === true);
      case 'click': {
        const url = clean(event.url, 2048);
        return url ? () => this.recorder.clicked(manager, send, at, url) : null;
      }
      case 'spamreport':
      case 'unsubscribe':
      case 'group_unsubscribe': {
        // Our own record of the address, not the event's: an erased send has none, and stays forgotten.
        const email = send.toEmail;
        if (!email) return null;
        const why = event.event === 'spamreport' ? 'spam_report' : 'unsubscribed';
        return () => this.recorder.unsubscribed(manager, send.workspaceId, email, send, at, why);
      }
      default:
        return null;
    }
  }

  /** Forgets old dedupe keys every few minutes per replica, on its own connection, never delaying a post's answer. */
  private pruneNowAndThen(): void {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    const table = quotedTablePath(this.dataSource, EmailWebhookEventEntity);
    // eslint-disable-next-line no-restricted-syntax -- housekeeping across workspaces by age; reads no row's data
    void this.dataSource
      .query(
        `DELETE FROM ${table} WHERE ctid IN (
           SELECT ctid FROM ${table} WHERE "received_at" < now() - make_interval(days => $1) LIMIT $2)`,
        [DEDUPE_RETENTION_DAYS, PRUNE_BATCH],
      )
      .catch((err: Error) => this.logger.warn(`pruning webhook event keys failed: ${err.message}`));
  }
}
