import { Injectable } from '@nestjs/common';
import {
  EMAIL_BOUNCED,
  EMAIL_CLICKED,
  EMAIL_DELIVERED,
  EMAIL_OPENED,
  EMAIL_SENT,
  EMAIL_UNSUBSCRIBED,
  type EmailSendEventV1,
  type EmailSentV1,
} from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { quotedSchema } from '@mab/persistence';
import type { EntityManager } from 'typeorm';

type Counter =
  | 'sent'
  | 'delivered'
  | 'unique_opens'
  | 'total_opens'
  | 'machine_opens'
  | 'unique_clicks'
  | 'total_clicks'
  | 'bounced'
  | 'unsubscribed';
type Flag = 'delivered' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed';

/**
 * Email figures from the crm's events, by template and by workflow, bucketed by the hour each thing happened. A
 * send is one row of flags, so its first delivery, human open, click, bounce and unsubscribe count once ("unique")
 * however often the event repeats, while totals count every human open and click; machine opens (mail clients'
 * and scanners' prefetch) are counted apart and stay out of every rate.
 */
@Injectable()
export class EmailFactsHandlers {
  @OnEvent(EMAIL_SENT)
  async sent(event: EmailSentV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId) return;
    const at = new Date(ctx.envelope.occurred_at);
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the row
    const first = (await ctx.manager.query(
      `INSERT INTO ${quotedSchema(ctx.manager)}."email_facts" AS e ("workspace_id", "send_id", "template", "workflow_id", "sent_at")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("workspace_id", "send_id") DO UPDATE SET "sent_at" = EXCLUDED."sent_at" WHERE e."sent_at" IS NULL
       RETURNING "send_id"`,
      [workspaceId, event.send_id, event.template, event.workflow_id, at],
    )) as unknown[];
    if (first.length) await this.add(ctx.manager, workspaceId, event, at, ['sent']);
  }

  @OnEvent(EMAIL_DELIVERED)
  delivered(event: EmailSendEventV1, ctx: EventContext) {
    return this.happened(event, ctx, 'delivered', ['delivered'], []);
  }

  @OnEvent(EMAIL_OPENED)
  opened(event: EmailSendEventV1, ctx: EventContext) {
    return event.machine
      ? this.happened(event, ctx, null, [], ['machine_opens'])
      : this.happened(event, ctx, 'opened', ['unique_opens'], ['total_opens']);
  }

  @OnEvent(EMAIL_CLICKED)
  clicked(event: EmailSendEventV1, ctx: EventContext) {
    return this.happened(event, ctx, 'clicked', ['unique_clicks'], ['total_clicks']);
  }

  @OnEvent(EMAIL_BOUNCED)
  bounced(event: EmailSendEventV1, ctx: EventContext) {
    return this.happened(event, ctx, 'bounced', ['bounced'], []);
  }

  @OnEvent(EMAIL_UNSUBSCRIBED)
  unsubscribed(event: EmailSendEventV1, ctx: EventContext) {
    return this.happened(event, ctx, 'unsubscribed', ['unsubscribed'], []);
  }

  /** `once` counters move the first time the send's flag turns on; `every` counters on each (distinct) event. */
  private async happened(
    event: EmailSendEventV1,
    ctx: EventContext,
    flag: Flag | null,
    once: Counter[],
    every: Counter[],
  ): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId) return;
    const at = new Date(event.occurred_at);
    let first = false;
    if (flag) {
      // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the row
      const turned = (await ctx.manager.query(
        `INSERT INTO ${quotedSchema(ctx.manager)}."email_facts" AS e ("workspace_id", "send_id", "template", "workflow_id", "${flag}")
         VALUES ($1, $2, $3, $4, true)
         ON CONFLICT ("workspace_id", "send_id") DO UPDATE SET "${flag}" = true WHERE NOT e."${flag}"
         RETURNING "send_id"`,
        [workspaceId, event.send_id, event.template, event.workflow_id],
      )) as unknown[];
      first = turned.length > 0;
    }
    const counters = [...(first ? once : []), ...every];
    if (counters.length) await this.add(ctx.manager, workspaceId, event, at, counters);
  }

  private async add(
    manager: EntityManager,
    workspaceId: string,
    send: { template: string | null; workflow_id: string | null },
    at: Date,
    counters: Counter[],
  ): Promise<void> {
    const columns = counters.map((c) => `"${c}"`).join(', ');
    const ones = counters.map(() => '1').join(', ');
    const sets = counters.map((c) => `"${c}" = h."${c}" + 1`).join(', ');
    // The template's row and the workflow's row, in one statement.
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the rows
    await manager.query(
      `INSERT INTO ${quotedSchema(manager)}."email_hours" AS h ("workspace_id", "dimension", "key", "hour", ${columns})
       VALUES ($1, 'template', $2, date_trunc('hour', $4::timestamptz), ${ones}),
              ($1, 'workflow', $3, date_trunc('hour', $4::timestamptz), ${ones})
       ON CONFLICT ("workspace_id", "dimension", "key", "hour") DO UPDATE SET ${sets}`,
      [workspaceId, send.template ?? '', send.workflow_id ?? '', at],
    );
  }
}
