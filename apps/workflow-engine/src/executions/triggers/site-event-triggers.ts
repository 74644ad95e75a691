import { Injectable } from '@nestjs/common';
import { SITE_EVENT_RECEIVED, type MessageEnvelope, type SiteEventReceivedV1 } from '@mab/contracts';

const TRIGGERING_TYPES = new Set(['form_submission', 'component_view', 'component_interaction']);
import { OnEvent, type EventContext } from '@mab/messaging';
import { StartExecutions } from './start-executions';

/**
 * A published site's visitors start workflows: a form submission starts the active workflows whose trigger is
 * that form; a component view or click starts those listening to the component's interactions. The event's id is
 * the dedupe key, so a redelivered event starts nothing more.
 */
@Injectable()
export class SiteEventTriggers {
  constructor(private readonly starts: StartExecutions) {}

  /** Page views (most of the traffic) and events of no component start nothing: skipped before any transaction. */
  concerns(_name: string, envelope: MessageEnvelope): boolean {
    const payload = envelope.payload as { type?: unknown; component_id?: unknown } | null;
    return !!payload?.component_id && TRIGGERING_TYPES.has(String(payload.type));
  }

  @OnEvent(SITE_EVENT_RECEIVED, { when: 'concerns' })
  async received(event: SiteEventReceivedV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id ?? event.workspace_id;
    if (!workspaceId || !event.component_id) return;
    const data = {
      ...event.data,
      form_data: (event.data.form_data ?? {}) as Record<string, unknown>,
      component_id: event.component_id,
      source_component: event.component_id,
      site_id: event.site_id,
      visitor_id: event.visitor_id ?? null,
      event_id: event.event_id,
      event_type: event.type,
      page: event.page ?? null,
      referrer: event.referrer ?? null,
      utm: event.utm ?? null,
      device: event.device ?? null,
      occurred_at: event.occurred_at ?? event.received_at,
    };
    const dedupe = `site-event:${ctx.envelope.id}`;
    const component = event.component_id.toLowerCase();
    if (event.type === 'form_submission') {
      await this.starts.forTrigger(ctx.manager, workspaceId, 'form_submission', component, data, dedupe);
    } else if (event.type === 'component_view' || event.type === 'component_interaction') {
      const interaction = event.type === 'component_view' ? 'view' : 'click';
      await this.starts.forTrigger(ctx.manager, workspaceId, 'page_interaction', component, data, dedupe, (config) =>
        [undefined, 'any', interaction].includes(config.interaction as string | undefined),
      );
    }
  }
}
