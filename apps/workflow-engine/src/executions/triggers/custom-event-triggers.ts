import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { OnEvent, type EventContext } from '@mab/messaging';
import { quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { WorkflowEntity } from '../../workflows/workflow.entity';
import { StartExecutions } from './start-executions';

const REFRESH_MS = 2_000;

/**
 * `custom_event` triggers: any event of another service, by name, with conditions on its payload (e.g.
 * `crm.contact.score_threshold_reached.v1` where `threshold_name` is MQL). The engine's queue is bound to every
 * event of those services, but only names some active workflow listens to are handled: the others are
 * acknowledged without a transaction (`when`). The set of names is read every two seconds, so a workflow
 * activated on another replica hears its events on this one within that time. The event's id is the dedupe key.
 */
@Injectable()
export class CustomEventTriggers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CustomEventTriggers.name);
  private names = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly starts: StartExecutions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Whether some active workflow listens to this event (asked before any transaction). */
  listensTo(name: string): boolean {
    return this.names.has(name);
  }

  async refresh(): Promise<void> {
    const table = quotedTablePath(this.dataSource, WorkflowEntity);
    try {
      // eslint-disable-next-line no-restricted-syntax -- which event names any workspace listens to (names only)
      const rows: { name: string }[] = await this.dataSource.query(
        `SELECT DISTINCT "trigger_key" AS "name" FROM ${table} WHERE "active" AND "trigger_type" = 'custom_event'`,
      );
      this.names = new Set(rows.map((r) => r.name));
    } catch (err) {
      this.logger.warn(`reading the custom event names failed: ${(err as Error).message}`);
    }
  }

  @OnEvent('crm.#', { consumer: 'custom-event-triggers.crm', when: 'listensTo' })
  crm(payload: object, ctx: EventContext) {
    return this.fire(payload, ctx);
  }

  @OnEvent('template.#', { consumer: 'custom-event-triggers.template', when: 'listensTo' })
  template(payload: object, ctx: EventContext) {
    return this.fire(payload, ctx);
  }

  @OnEvent('analytics.#', { consumer: 'custom-event-triggers.analytics', when: 'listensTo' })
  analytics(payload: object, ctx: EventContext) {
    return this.fire(payload, ctx);
  }

  @OnEvent('ai.#', { consumer: 'custom-event-triggers.ai', when: 'listensTo' })
  ai(payload: object, ctx: EventContext) {
    return this.fire(payload, ctx);
  }

  private async fire(payload: object, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId) return;
    const data = {
      ...(payload as Record<string, unknown>),
      event_name: ctx.envelope.name,
      event_id: ctx.envelope.id,
      occurred_at: ctx.envelope.occurred_at,
    };
    await this.starts.forTrigger(
      ctx.manager,
      workspaceId,
      'custom_event',
      ctx.envelope.name,
      data,
      `event:${ctx.envelope.id}`,
    );
  }
}
