import type { WorkflowEdge, WorkflowNode } from '@mab/workflow-definition';
import type { ComponentContext, SiteContext } from '../context/component-context';
import type { MissingInput } from './text-to-workflow';
import { isHttpUrl, snakeCase } from './phrase-patterns';
import { activityData, chatText, conditionPath, teamEmail, visitorEmail, type ContentContext } from './step-content';
import { describeGroup, points } from './workflow-summary';
import { contactSource, type Branch, type PlanStep } from './workflow-plan';
import type { ActionIntent, DelayIntent, TriggerIntent } from './workflow-intents';

/**
 * From a plan to nodes and edges: readable unique ids (`send_confirmation`, `if_party_size`), human names, a
 * layout (one row per step, an if's true list to the left of it and its false list to the right), and the list of
 * what the prompt could not supply. A missing value is left out where the catalogue requires it (a chat webhook
 * URL, the form's id), so the validator names exactly those fields; a team email with no address gets a
 * placeholder the validator refuses, because `to` is optional and an absent one would email the visitor instead.
 */
export interface GraphOptions {
  component: ComponentContext | null;
  site: SiteContext | null;
  channels: { slack_webhook_url?: string | null; discord_webhook_url?: string | null };
}

/** Stands in for a team address nobody gave: it does not parse, so the workflow cannot run until it is set. */
export const TEAM_EMAIL_PLACEHOLDER = '{{ set the team email address }}';

const ROW = 140;
const COLUMN = 280;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface End {
  source: string;
  output: string;
}

/** Node ids: the base made safe, then `_2`, `_3` for the next ones. */
class NodeIds {
  private readonly used = new Set<string>();

  take(base: string): string {
    let safe = snakeCase(base).slice(0, 58) || 'step';
    if (!/^[a-z_]/.test(safe)) safe = `step_${safe}`;
    let id = safe;
    for (let n = 2; this.used.has(id); n++) id = `${safe}_${n}`;
    this.used.add(id);
    return id;
  }
}

const CHANNEL_NAMES = { slack: 'Slack', discord: 'Discord' } as const;

/** Id bases and names of the crm's built-in templates' steps. */
const TEMPLATE_STEPS: Record<string, [string, string]> = {
  'booking-confirmation': ['send_confirmation', 'Send booking confirmation'],
  'welcome-email': ['send_welcome_email', 'Send welcome email'],
  'onboarding-email': ['send_onboarding_email', 'Send onboarding email'],
  'follow-up': ['send_follow_up', 'Send follow-up email'],
  newsletter: ['send_newsletter', 'Send newsletter'],
};

function delayConfig(delay: DelayIntent): Record<string, unknown> {
  if (delay.mode === 'duration')
    return delay.seconds !== undefined
      ? { mode: 'duration', duration_seconds: delay.seconds }
      : { mode: 'duration', duration_minutes: delay.minutes };
  if (delay.mode === 'until') return { mode: 'until', until: delay.until };
  return {
    mode: 'time_of_day',
    time: delay.time,
    ...(delay.weekdays ? { weekdays: delay.weekdays } : {}),
    ...(delay.timezone ? { timezone: delay.timezone } : {}),
  };
}

function triggerConfig(trigger: TriggerIntent, componentId: string | null): Record<string, unknown> {
  switch (trigger.type) {
    case 'form_submission':
      return componentId ? { component_id: componentId } : {};
    case 'page_interaction':
      return { ...(componentId ? { component_id: componentId } : {}), interaction: trigger.interaction };
    case 'schedule':
      return { cron: trigger.cron, timezone: trigger.timezone };
    case 'custom_event':
      return { event: trigger.event, ...(trigger.conditions ? { conditions: trigger.conditions } : {}) };
    case 'webhook':
    case 'manual':
      return {};
  }
}

export class GraphWriter {
  readonly nodes: WorkflowNode[] = [];
  readonly edges: WorkflowEdge[] = [];
  readonly missing: MissingInput[] = [];
  private readonly ids = new NodeIds();
  private readonly content: ContentContext;

  constructor(
    private readonly trigger: TriggerIntent,
    private readonly options: GraphOptions,
    form: string,
  ) {
    this.content = { trigger, component: options.component, form };
  }

  /** The site's team address, when the site has one. */
  teamAddress(): string | null {
    return this.options.site?.teamEmail?.trim() || null;
  }

  write(steps: PlanStep[]): void {
    const id = this.ids.take('trigger');
    const componentId =
      this.options.component?.id && UUID.test(this.options.component.id) ? this.options.component.id : null;
    this.nodes.push({
      id,
      type: this.trigger.type,
      name: 'Trigger',
      config: triggerConfig(this.trigger, componentId),
      position: { x: 0, y: 0 },
    });
    if ((this.trigger.type === 'form_submission' || this.trigger.type === 'page_interaction') && !componentId)
      this.missing.push({
        node: id,
        field: 'config.component_id',
        message: `which ${this.trigger.type === 'form_submission' ? this.content.form : this.trigger.target}: no component was given`,
      });
    this.sequence(steps, [{ source: id, output: 'default' }], 0, ROW, null);
  }

  private connect(ends: End[], target: string): void {
    for (const end of ends)
      this.edges.push({
        source: end.source,
        target,
        ...(end.output !== 'default' ? { source_output: end.output } : {}),
      });
  }

  /** Writes a list of steps from the given open ends; answers the ends left open and the next free row. */
  private sequence(
    steps: PlanStep[],
    ends: End[],
    x: number,
    y: number,
    because: string | null,
  ): { ends: End[]; y: number } {
    let open = ends;
    let row = y;
    for (const step of steps) {
      if (step.kind === 'branch') {
        ({ ends: open, y: row } = this.branch(step, open, x, row));
        continue;
      }
      const node = this.actionNode(step.action, because, { x, y: row });
      this.nodes.push(node);
      this.connect(open, node.id);
      open = step.action.type === 'stop' ? [] : [{ source: node.id, output: 'default' }];
      row += ROW;
    }
    return { ends: open, y: row };
  }

  private branch(b: Branch, ends: End[], x: number, y: number): { ends: End[]; y: number } {
    const description = describeGroup(b.group);
    const id = this.ids.take(`if_${b.group.conditions[0].field}`);
    const conditions = b.group.conditions.map((c) => ({
      field: conditionPath(this.trigger, c.field),
      operator: c.operator,
      ...(c.value !== undefined ? { value: c.value } : {}),
    }));
    this.nodes.push({
      id,
      type: 'condition',
      name: `If ${description}`.slice(0, 200),
      config: { conditions, ...(b.group.match === 'any' ? { match: 'any' } : {}) },
      position: { x, y },
    });
    this.connect(ends, id);
    const yes = this.sequence(b.then, [{ source: id, output: 'true' }], x - COLUMN, y + ROW, description);
    const no = this.sequence(b.otherwise, [{ source: id, output: 'false' }], x + COLUMN, y + ROW, null);
    return { ends: [...yes.ends, ...no.ends], y: Math.max(yes.y, no.y) };
  }

  private actionNode(a: ActionIntent, because: string | null, position: { x: number; y: number }): WorkflowNode {
    const [base, name] = this.label(a);
    const id = this.ids.take(base);
    return { id, type: a.type, name: name.slice(0, 200), config: this.config(a, id, because), position };
  }

  /** The id base and the human name of a step. */
  private label(a: ActionIntent): [string, string] {
    switch (a.type) {
      case 'send_email': {
        if (a.recipient.kind === 'team') return [`email_${a.recipient.who}`, `Email the ${a.recipient.who}`];
        if (a.recipient.kind === 'address')
          return [`email_${a.recipient.address.split('@')[0]}`, `Email ${a.recipient.address}`];
        if (!a.template) return ['send_thank_you', 'Send a thank-you email'];
        const known = TEMPLATE_STEPS[a.template];
        return known ?? [`send_${a.template}`, `Send the ${a.template} template`];
      }
      case 'add_to_crm':
        return ['add_to_crm', 'Add to CRM'];
      case 'add_tag':
        return [`tag_${a.tags[0]}`, `Tag ${a.tags.join(', ')}`];
      case 'remove_tag':
        return [`untag_${a.tags[0]}`, `Remove tag ${a.tags.join(', ')}`];
      case 'update_lead_score':
        return a.points > 0
          ? [`add_${points(a.points)}`, `Add ${points(a.points)}`]
          : [`remove_${points(-a.points)}`, `Remove ${points(-a.points)}`];
      case 'record_activity':
        return a.activity === 'note' ? ['log_note', 'Log a note'] : ['log_activity', 'Log the activity'];
      case 'http_request': {
        const host = new URL(a.url).hostname;
        return [`${a.method.toLowerCase()}_${host}`, `${a.method} to ${host}`];
      }
      case 'notify':
        return a.who
          ? [`notify_${a.who}`, `Notify the ${a.who} on ${CHANNEL_NAMES[a.channel]}`]
          : [`post_to_${a.channel}`, `Post to ${CHANNEL_NAMES[a.channel]}`];
      case 'delay':
        return [`wait_${a.delay.label}`, `Wait ${a.delay.label}`];
      case 'stop':
        return ['stop', a.failure ? 'Stop with a failure' : 'Stop'];
    }
  }

  /** Who a crm step is about, for triggers whose contact is not the form's visitor. */
  private contactTarget(forUpsert: boolean): Record<string, string> {
    switch (contactSource(this.trigger)) {
      case 'webhook':
        return { email: '{{ trigger.body.email }}' };
      case 'event_email':
        return forUpsert ? { email: '{{ trigger.email }}' } : { contact_id: '{{ trigger.contact_id }}' };
      case 'event_id':
        return { contact_id: '{{ trigger.contact_id }}' };
      default:
        return {};
    }
  }

  private config(a: ActionIntent, id: string, because: string | null): Record<string, unknown> {
    switch (a.type) {
      case 'send_email':
        return this.emailConfig(a, id, because);
      case 'add_to_crm':
        return {
          ...this.contactTarget(true),
          ...(a.tags.length ? { tags: a.tags } : {}),
          ...(a.list ? { list_id: a.list } : {}),
        };
      case 'add_tag':
      case 'remove_tag':
        return { ...this.contactTarget(false), tags: a.tags };
      case 'update_lead_score':
        return { ...this.contactTarget(false), points: a.points };
      case 'record_activity':
        return { ...this.contactTarget(false), activity_type: a.activity, data: activityData(this.content, a.note) };
      case 'http_request':
        return { method: a.method, url: a.url, ...(a.withBody ? { body: this.bodyExpression() } : {}) };
      case 'notify': {
        const configured = this.options.channels[`${a.channel}_webhook_url`];
        // A configured URL the validator would refuse is as good as none: it is asked for again.
        const url = a.url ?? (configured && isHttpUrl(configured) ? configured : null);
        if (!url)
          this.missing.push({
            node: id,
            field: 'config.webhook_url',
            message: `the ${CHANNEL_NAMES[a.channel]} incoming webhook URL: the prompt and the site's channels give none`,
          });
        return { channel: a.channel, ...(url ? { webhook_url: url } : {}), text: chatText(this.content, because) };
      }
      case 'delay':
        return delayConfig(a.delay);
      case 'stop':
        return a.failure ? { status: 'failure' } : {};
    }
  }

  private bodyExpression(): string {
    if (this.trigger.type === 'form_submission') return '{{ trigger.form_data }}';
    if (this.trigger.type === 'webhook') return '{{ trigger.body }}';
    return '{{ trigger }}';
  }

  private emailConfig(
    a: Extract<ActionIntent, { type: 'send_email' }>,
    id: string,
    because: string | null,
  ): Record<string, unknown> {
    const template = a.template ? { template: a.template } : null;
    if (a.recipient.kind === 'visitor') {
      const source = contactSource(this.trigger);
      const target =
        source === 'webhook'
          ? { to: '{{ trigger.body.email }}' }
          : source === 'form'
            ? {}
            : { contact_id: '{{ trigger.contact_id }}' };
      return { ...(template ?? visitorEmail(this.content)), ...target };
    }
    let to = a.recipient.kind === 'address' ? a.recipient.address : this.teamAddress();
    if (!to) {
      to = TEAM_EMAIL_PLACEHOLDER;
      this.missing.push({
        node: id,
        field: 'config.to',
        message: `the ${a.recipient.kind === 'team' ? a.recipient.who : 'team'}'s email address: the prompt and the site give none`,
      });
    }
    return { ...(template ?? teamEmail(this.content, because)), to };
  }
}
