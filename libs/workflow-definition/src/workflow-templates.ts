import type { WorkflowTriggerType } from '@mab/contracts';
import type { WorkflowGraph } from './graph';

/** What a template needs filled in when it is instantiated. */
export interface WorkflowTemplateInputs {
  componentId?: string;
  notifyWebhookUrl?: string;
}

export interface BuiltInWorkflowTemplate {
  key: string;
  name: string;
  description: string;
  triggerType: WorkflowTriggerType;
  needs: ('component_id' | 'notify_webhook_url')[];
  graph: (inputs: WorkflowTemplateInputs) => WorkflowGraph;
}

const chain = (nodes: WorkflowGraph['nodes']): WorkflowGraph => ({
  nodes: nodes.map((n, i) => ({ ...n, position: n.position ?? { x: 0, y: i * 140 } })),
  edges: nodes.slice(1).map((n, i) => ({
    source: nodes[i].id,
    source_output: nodes[i].type === 'condition' ? 'true' : 'default',
    target: n.id,
  })),
});

const formTrigger = (inputs: WorkflowTemplateInputs) => ({
  id: 'trigger',
  type: 'form_submission',
  name: 'Form submitted',
  config: inputs.componentId ? { component_id: inputs.componentId } : {},
});

const contactFromForm = (tags: string[]) => ({
  id: 'create_contact',
  type: 'add_to_crm',
  name: 'Add to CRM',
  config: {
    email: '{{ trigger.form_data.email }}',
    name: '{{ trigger.form_data.name }}',
    tags,
  },
});

const emailContact = (id: string, template: string, name: string) => ({
  id,
  type: 'send_email',
  name,
  config: { template, contact_id: '{{ steps.create_contact.output.contact.id }}' },
});

/**
 * The built-in workflows a workspace starts from (kept in this library because the engine instantiates them and
 * the ai service adapts them into suggestions). Each is a complete graph that validates as is once its inputs
 * are given (a form's component id, a chat webhook), and uses the crm's built-in email templates.
 */
export const BUILT_IN_WORKFLOW_TEMPLATES: readonly BuiltInWorkflowTemplate[] = [
  {
    key: 'lead-follow-up',
    name: 'Lead follow-up',
    description: 'A form submission becomes a lead: welcome email at once, 10 points, a follow-up two days later',
    triggerType: 'form_submission',
    needs: ['component_id'],
    graph: (inputs) =>
      chain([
        formTrigger(inputs),
        contactFromForm(['lead']),
        emailContact('send_welcome', 'welcome-email', 'Welcome email'),
        {
          id: 'score_lead',
          type: 'update_lead_score',
          name: '+10 points',
          config: { contact_id: '{{ steps.create_contact.output.contact.id }}', points: 10, reason: 'form lead' },
        },
        { id: 'wait_two_days', type: 'delay', name: 'Wait 2 days', config: { duration_minutes: 2880 } },
        emailContact('send_follow_up', 'follow-up', 'Follow-up email'),
      ]),
  },
  {
    key: 'newsletter-welcome',
    name: 'Newsletter welcome',
    description: 'A newsletter signup is tagged and gets the welcome issue',
    triggerType: 'form_submission',
    needs: ['component_id'],
    graph: (inputs) =>
      chain([
        formTrigger(inputs),
        contactFromForm(['newsletter']),
        emailContact('send_newsletter', 'newsletter', 'Welcome issue'),
      ]),
  },
  {
    key: 'booking-confirmation',
    name: 'Booking confirmation',
    description: 'A booking form confirms by email, tags the guest and notes the booking on their timeline',
    triggerType: 'form_submission',
    needs: ['component_id'],
    graph: (inputs) =>
      chain([
        formTrigger(inputs),
        contactFromForm(['booking']),
        {
          id: 'send_confirmation',
          type: 'send_email',
          name: 'Confirmation',
          config: {
            template: 'booking-confirmation',
            contact_id: '{{ steps.create_contact.output.contact.id }}',
            data: { booking_date: '{{ trigger.form_data.date }}', party_size: '{{ trigger.form_data.party_size }}' },
            category: 'transactional',
          },
        },
        {
          id: 'note_booking',
          type: 'record_activity',
          name: 'Note the booking',
          config: {
            contact_id: '{{ steps.create_contact.output.contact.id }}',
            activity_type: 'note',
            data: { text: 'Booked for {{ trigger.form_data.date }}' },
          },
        },
      ]),
  },
  {
    key: 'abandoned-form',
    name: 'Abandoned form',
    description: 'A visitor who started a form and left their address gets a nudge an hour later',
    triggerType: 'page_interaction',
    needs: ['component_id'],
    graph: (inputs) =>
      chain([
        {
          id: 'trigger',
          type: 'page_interaction',
          name: 'Form started',
          config: {
            ...(inputs.componentId ? { component_id: inputs.componentId } : {}),
            interaction: 'click',
            conditions: [{ field: 'data.email', operator: 'exists' }],
          },
        },
        { id: 'wait_an_hour', type: 'delay', name: 'Wait 1 hour', config: { duration_minutes: 60 } },
        {
          id: 'send_nudge',
          type: 'send_email',
          name: 'Nudge',
          config: { template: 'follow-up', to: '{{ trigger.data.email }}' },
        },
      ]),
  },
  {
    key: 're-engagement',
    name: 'Re-engagement',
    description: 'A contact whose score decays to 10 or less gets a follow-up and a re-engage tag',
    triggerType: 'custom_event',
    needs: [],
    graph: () =>
      chain([
        {
          id: 'trigger',
          type: 'custom_event',
          name: 'Score changed',
          config: {
            event: 'crm.contact.updated.v1',
            conditions: [
              { field: 'changed', operator: 'contains', value: 'lead_score' },
              { field: 'lead_score', operator: 'lte', value: 10 },
            ],
          },
        },
        {
          id: 'send_follow_up',
          type: 'send_email',
          name: 'We miss you',
          config: { template: 'follow-up', contact_id: '{{ trigger.contact_id }}' },
        },
        {
          id: 'tag_re_engage',
          type: 'add_tag',
          name: 'Tag re-engage',
          config: { contact_id: '{{ trigger.contact_id }}', tags: ['re-engage'] },
        },
      ]),
  },
  {
    key: 'high-score-notify-sales',
    name: 'High score → notify sales',
    description: 'A contact reaching a score threshold is announced in the sales channel and tagged sales-ready',
    triggerType: 'custom_event',
    needs: ['notify_webhook_url'],
    graph: (inputs) =>
      chain([
        {
          id: 'trigger',
          type: 'custom_event',
          name: 'Threshold reached',
          config: { event: 'crm.contact.score_threshold_reached.v1' },
        },
        {
          id: 'notify_sales',
          type: 'notify',
          name: 'Tell sales',
          config: {
            channel: 'slack',
            ...(inputs.notifyWebhookUrl ? { webhook_url: inputs.notifyWebhookUrl } : {}),
            title: 'Hot lead',
            text: 'Contact {{ trigger.contact_id }} reached {{ trigger.threshold_name }} ({{ trigger.score }} points)',
          },
        },
        {
          id: 'tag_sales_ready',
          type: 'add_tag',
          name: 'Tag sales-ready',
          config: { contact_id: '{{ trigger.contact_id }}', tags: ['sales-ready'] },
        },
      ]),
  },
];

export function builtInWorkflowTemplate(key: string): BuiltInWorkflowTemplate | undefined {
  return BUILT_IN_WORKFLOW_TEMPLATES.find((t) => t.key === key);
}
