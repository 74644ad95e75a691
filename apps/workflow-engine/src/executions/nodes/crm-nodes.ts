import { Injectable } from '@nestjs/common';
import {
  ADJUST_SCORE,
  RECORD_ACTIVITY,
  RENDER_SEND,
  SEND_EMAIL,
  ServiceError,
  TAG_CONTACT,
  UPSERT_CONTACT,
  type EmailCategory,
  type RecordableActivityType,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { valueAtPath } from '@mab/workflow-definition';
import { StepFailure, done, type NodeOutcome, type NodeRun } from './node-outcome';

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;
const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [])
    .map((t) => text(t))
    .filter((t): t is string => !!t);
const NAME_FIELDS = {
  name: ['name', 'full_name', 'your_name'],
  first_name: ['first_name', 'firstname'],
  last_name: ['last_name', 'lastname', 'surname'],
  phone: ['phone', 'tel', 'telephone', 'mobile'],
};

/**
 * The crm steps: each one a crm command over the broker, with the idempotency key `<execution id>:<step key>` (the
 * same for every attempt), so a step that runs again (a retry, a worker that died after the crm answered) gets the
 * first answer back and causes nothing twice.
 */
@Injectable()
export class CrmNodes {
  constructor(private readonly services: ServiceClient) {}

  static handles(type: string): boolean {
    return [
      'send_email',
      'add_to_crm',
      'create_or_update_contact',
      'add_tag',
      'remove_tag',
      'update_lead_score',
      'record_activity',
    ].includes(type);
  }

  async run(run: NodeRun): Promise<NodeOutcome> {
    const key = `${run.executionId}:${run.stepKey}`;
    const c = run.config;
    const form = (valueAtPath(run.context.trigger, 'form_data') ?? {}) as Record<string, unknown>;
    const formEmail = text(form.email)?.toLowerCase();
    const target = () => {
      const contactId = text(c.contact_id);
      const email = text(c.email)?.toLowerCase() ?? formEmail;
      if (contactId) return { contact_id: contactId };
      if (email) return { email };
      throw new StepFailure('no contact: give contact_id or email (the form has no email field)', false);
    };
    switch (run.node.type) {
      case 'add_to_crm':
      case 'create_or_update_contact': {
        const email = text(c.email)?.toLowerCase() ?? formEmail;
        if (!email) throw new StepFailure('no email: give config.email (the form has no email field)', false);
        const pick = (names: string[]) => names.map((n) => text(form[n])).find(Boolean);
        const fromForm = email === formEmail;
        const tags = [...strings(c.tags), ...(text(c.list_id) ? [text(c.list_id)!] : [])];
        const request = {
          email,
          name: text(c.name) ?? (fromForm ? pick(NAME_FIELDS.name) : undefined),
          first_name: text(c.first_name) ?? (fromForm ? pick(NAME_FIELDS.first_name) : undefined),
          last_name: text(c.last_name) ?? (fromForm ? pick(NAME_FIELDS.last_name) : undefined),
          phone: text(c.phone) ?? (fromForm ? pick(NAME_FIELDS.phone) : undefined),
          ...(tags.length ? { tags } : {}),
          ...(c.custom_fields && typeof c.custom_fields === 'object'
            ? { custom_fields: c.custom_fields as Record<string, unknown> }
            : {}),
          ...(typeof run.context.trigger === 'object' && text(valueAtPath(run.context.trigger, 'component_id'))
            ? { source_component: text(valueAtPath(run.context.trigger, 'component_id')) }
            : {}),
          source_workflow: run.workflowId,
          idempotency_key: key,
        };
        if (run.simulate) return done({ simulated: true, would_upsert: request });
        return done(
          await this.call(() => this.services.request(UPSERT_CONTACT, request, { workspaceId: run.workspaceId })),
        );
      }
      case 'send_email': {
        const template = text(c.template) ?? text(c.template_id);
        const contactId = text(c.contact_id);
        const to = text(c.to)?.toLowerCase();
        // No recipient given: the form's visitor, made a contact by the crm in the send's own transaction (so the
        // email greets them by name and is on their timeline).
        if (!contactId && !to && !formEmail)
          throw new StepFailure('no recipient: give to or contact_id (the form has no email field)', false);
        const visitor =
          !contactId && !to
            ? {
                upsert_contact: {
                  name: NAME_FIELDS.name.map((n) => text(form[n])).find(Boolean),
                  first_name: NAME_FIELDS.first_name.map((n) => text(form[n])).find(Boolean),
                  last_name: NAME_FIELDS.last_name.map((n) => text(form[n])).find(Boolean),
                  source_component: text(valueAtPath(run.context.trigger, 'component_id')),
                },
              }
            : {};
        const request = {
          ...(contactId ? { contact_id: contactId } : { to_email: to ?? formEmail }),
          ...visitor,
          ...(template ? { template } : {}),
          ...(text(c.subject) ? { subject: text(c.subject) } : {}),
          ...(typeof c.html === 'string' ? { html: c.html } : {}),
          ...(typeof c.text === 'string' ? { text: c.text } : {}),
          data: { ...form, ...((c.data as Record<string, unknown>) ?? {}) },
          ...(c.category ? { category: c.category as EmailCategory } : {}),
          workflow_id: run.workflowId,
          idempotency_key: key,
        };
        // A test run shows the email as it would be, rendered by the crm, and sends nothing.
        if (run.simulate)
          return done({
            simulated: true,
            would_send: await this.call(() =>
              this.services.request(RENDER_SEND, request, { workspaceId: run.workspaceId }),
            ),
          });
        return done(
          await this.call(() => this.services.request(SEND_EMAIL, request, { workspaceId: run.workspaceId })),
        );
      }
      case 'add_tag':
      case 'remove_tag': {
        const tags = strings(c.tags);
        const request = {
          ...target(),
          ...(run.node.type === 'add_tag' ? { add: tags } : { remove: tags }),
          idempotency_key: key,
        };
        if (run.simulate) return done({ simulated: true, would_tag: request });
        return done(
          await this.call(() => this.services.request(TAG_CONTACT, request, { workspaceId: run.workspaceId })),
        );
      }
      case 'update_lead_score': {
        const points = Number(c.points);
        if (!Number.isInteger(points) || points === 0 || Math.abs(points) > 1000)
          throw new StepFailure(
            `points must be a whole number from -1000 to 1000, not 0 (got ${String(c.points)})`,
            false,
          );
        const request = {
          ...target(),
          points,
          reason: text(c.reason) ?? `workflow step ${run.node.id}`,
          idempotency_key: key,
        };
        if (run.simulate) return done({ simulated: true, would_adjust: request });
        return done(
          await this.call(() => this.services.request(ADJUST_SCORE, request, { workspaceId: run.workspaceId })),
        );
      }
      case 'record_activity': {
        const request = {
          ...target(),
          type: ((c.activity_type as RecordableActivityType) ?? 'workflow_step') as RecordableActivityType,
          data: { ...((c.data as Record<string, unknown>) ?? {}), node: run.node.id },
          workflow_id: run.workflowId,
          idempotency_key: key,
        };
        if (run.simulate) return done({ simulated: true, would_record: request });
        return done(
          await this.call(() => this.services.request(RECORD_ACTIVITY, request, { workspaceId: run.workspaceId })),
        );
      }
      default:
        throw new StepFailure(`${run.node.type} is not a crm node`, false);
    }
  }

  /** A crm answer, or a StepFailure: its 4xx are final (the request is wrong), the rest worth a retry. */
  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (err) {
      if (err instanceof ServiceError) {
        const retryable = err.statusCode >= 500 || err.statusCode === 408 || err.statusCode === 429;
        throw new StepFailure(`crm answered ${err.statusCode} ${err.code}: ${err.message}`, retryable, {
          status_code: err.statusCode,
          code: err.code,
          details: err.details,
        });
      }
      throw new StepFailure(`crm did not answer: ${(err as Error).message}`, true);
    }
  }
}
