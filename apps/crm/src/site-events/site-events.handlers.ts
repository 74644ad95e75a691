import { Injectable, Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { SITE_EVENT_RECEIVED, type SiteEventReceivedV1 } from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { ActivityRecorder } from '../activities/activity-recorder';
import { ActivityEntity } from '../activities/activity.entity';
import { UpsertContactUseCase } from '../contacts/usecases/upsert-contact.usecase';
import { customFieldDefinitions, customValueProblem } from '../custom-fields/custom-field-values';
import { KnownVisitorEntity } from './known-visitor.entity';

const NAME_FIELDS = {
  name: ['name', 'full_name', 'your_name'],
  first_name: ['first_name', 'firstname'],
  last_name: ['last_name', 'lastname', 'surname'],
  phone: ['phone', 'tel', 'telephone', 'mobile', 'phone_number'],
};

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

/** The submitted address: a field called email, else the first field whose value is one. */
export function submittedEmail(form: Record<string, unknown>): string | null {
  const candidates = [
    form.email,
    ...Object.entries(form)
      .filter(([k]) => k.includes('email'))
      .map(([, v]) => v),
    ...Object.values(form),
  ];
  for (const value of candidates) {
    if (typeof value !== 'string') continue;
    const email = value.trim().toLowerCase();
    try {
      if (email.length <= 320 && isEmail(email)) return email;
    } catch {
      // a value the email parser chokes on is not an email
    }
  }
  return null;
}

/**
 * What the CRM learns from published sites' visitors (`gateway.site-event.received.v1`): a form submission with an
 * address becomes (or updates) a contact, its source the form, with the submission on its timeline; the visitor
 * is remembered, so their earlier anonymous page views join the timeline and later ones go straight to it.
 * Idempotent by the event id (the inbox, and each activity's dedupe key).
 */
@Injectable()
export class SiteEventsHandlers {
  private readonly logger = new Logger(SiteEventsHandlers.name);

  constructor(
    private readonly upsertContact: UpsertContactUseCase,
    private readonly recorder: ActivityRecorder,
  ) {}

  @OnEvent(SITE_EVENT_RECEIVED)
  async received(event: SiteEventReceivedV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id ?? event.workspace_id;
    if (!workspaceId) {
      this.logger.debug(`ignored site event ${event.event_id}: no workspace`);
      return;
    }
    if (event.type === 'form_submission') await this.formSubmitted(ctx.manager, workspaceId, event);
    else if (event.type === 'page_view') await this.pageViewed(ctx.manager, workspaceId, event);
  }

  private occurredAt(event: SiteEventReceivedV1): Date {
    return new Date(event.occurred_at ?? event.received_at);
  }

  private context(event: SiteEventReceivedV1): Record<string, unknown> {
    return {
      ...(event.page ? { page: event.page } : {}),
      ...(event.referrer ? { referrer: event.referrer } : {}),
      ...(event.utm ? { utm: event.utm } : {}),
      ...(event.device ? { device: event.device } : {}),
    };
  }

  private async formSubmitted(manager: EntityManager, workspaceId: string, event: SiteEventReceivedV1) {
    const form = (event.data.form_data ?? {}) as Record<string, unknown>;
    const email = submittedEmail(form);
    const activity = {
      visitorId: event.visitor_id ?? null,
      type: 'form_submission' as const,
      occurredAt: this.occurredAt(event),
      data: { form_data: form, ...this.context(event) },
      siteId: event.site_id,
      componentId: event.component_id ?? null,
      dedupeKey: `site-event:${event.event_id}`,
    };
    if (!email) {
      // No address, no contact: the submission waits with the visitor's page views.
      await this.recorder.record(manager, workspaceId, { ...activity, contactId: null });
      return;
    }
    const pick = (names: string[], max: number) => names.map((n) => text(form[n], max)).find(Boolean);
    const definitions = await customFieldDefinitions(manager, workspaceId);
    const custom: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(form)) {
      const definition = definitions.get(key);
      const candidate = typeof value === 'string' ? value.trim() : value;
      // A form must never fail because of a custom field: a value that does not fit is kept on the activity only.
      if (definition && candidate !== '' && customValueProblem(definition, candidate) === null) custom[key] = candidate;
    }
    const result = await this.upsertContact.execute({
      manager,
      workspaceId,
      email,
      fields: {
        name: pick(NAME_FIELDS.name, 200),
        first_name: pick(NAME_FIELDS.first_name, 100),
        last_name: pick(NAME_FIELDS.last_name, 100),
        phone: pick(NAME_FIELDS.phone, 40),
        source_component: event.component_id ?? null,
        custom_fields: custom,
      },
    });
    const contactId = result!.contact.id;
    if (event.visitor_id) await this.identify(manager, workspaceId, event.visitor_id, contactId);
    await this.recorder.record(manager, workspaceId, { ...activity, contactId });
  }

  /** The visitor is this contact: remembered, and their anonymous history joins the contact's timeline. */
  private async identify(manager: EntityManager, workspaceId: string, visitorId: string, contactId: string) {
    const visitors = WorkspaceRepository.of(manager, KnownVisitorEntity, workspaceId);
    const known = await visitors.findOne({ visitorId });
    if (!known) await visitors.insertUnlessConflict({ visitorId, contactId, identifiedAt: new Date() });
    else if (known.contactId !== contactId)
      await visitors.update({ visitorId }, { contactId, identifiedAt: new Date() });
    const activities = quotedTablePath(manager, ActivityEntity);
    // eslint-disable-next-line no-restricted-syntax -- scoped by hand: workspace_id in the WHERE
    const attached: { max: Date | null }[] = await manager.query(
      `WITH moved AS (
         UPDATE ${activities} SET "contact_id" = $3
          WHERE "workspace_id" = $1 AND "visitor_id" = $2 AND "contact_id" IS NULL
          RETURNING "occurred_at")
       SELECT max("occurred_at") AS max FROM moved`,
      [workspaceId, visitorId, contactId],
    );
    if (attached[0]?.max) await this.recorder.touch(manager, workspaceId, contactId, new Date(attached[0].max));
  }

  private async pageViewed(manager: EntityManager, workspaceId: string, event: SiteEventReceivedV1) {
    const known = event.visitor_id
      ? await WorkspaceRepository.of(manager, KnownVisitorEntity, workspaceId).findOne({ visitorId: event.visitor_id })
      : null;
    if (!known && !event.visitor_id) return; // an anonymous view that can never be attached is analytics' business
    await this.recorder.record(manager, workspaceId, {
      contactId: known?.contactId ?? null,
      visitorId: event.visitor_id ?? null,
      type: 'page_view',
      occurredAt: this.occurredAt(event),
      data: {
        ...(typeof event.data.title === 'string' ? { title: event.data.title.slice(0, 300) } : {}),
        ...this.context(event),
      },
      siteId: event.site_id,
      dedupeKey: `site-event:${event.event_id}`,
    });
  }
}
