import type { ConditionScalar, ConditionValue } from '@mab/workflow-definition';
import { humanise } from './phrase-patterns';
import type { Branch, PlanStep } from './workflow-plan';
import type { ActionIntent, ConditionGroup, ConditionIntent, TriggerIntent } from './workflow-intents';

/**
 * The plan in plain language, for the person who wrote the prompt to check what was understood: "When the booking
 * form is submitted: email the visitor the booking-confirmation template; then, if party size is greater than 8,
 * notify the manager on Slack."
 */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const points = (n: number): string => `${n} point${n === 1 ? '' : 's'}`;

const scalar = (value: ConditionScalar): string => (typeof value === 'string' ? `"${value}"` : String(value));

function listText(values: ConditionScalar[]): string {
  const shown = values.map(scalar);
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}` : shown.join('');
}

const OPERATOR_WORDS: Record<string, string> = {
  equals: 'is',
  not_equals: 'is not',
  contains: 'contains',
  not_contains: 'does not contain',
  starts_with: 'starts with',
  ends_with: 'ends with',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  in: 'is one of',
};

export function describeCondition(c: ConditionIntent): string {
  if (c.operator === 'exists') return `${c.label} is filled in`;
  if (c.operator === 'not_exists') return `${c.label} is empty`;
  if (typeof c.value === 'boolean')
    return `${c.label} is ${c.value === (c.operator === 'equals') ? '' : 'not '}checked`;
  const value = c.value as ConditionValue;
  return `${c.label} ${OPERATOR_WORDS[c.operator]} ${Array.isArray(value) ? listText(value) : scalar(value)}`;
}

export const describeGroup = (group: ConditionGroup): string =>
  group.conditions.map(describeCondition).join(group.match === 'any' ? ' or ' : ' and ');

export function describeTrigger(trigger: TriggerIntent, form: string): string {
  switch (trigger.type) {
    case 'form_submission':
      return form === 'form' ? 'When a form is submitted' : `When the ${form} is submitted`;
    case 'page_interaction': {
      const verb =
        trigger.interaction === 'click' ? 'clicks' : trigger.interaction === 'view' ? 'views' : 'interacts with';
      return `When someone ${verb} the ${trigger.target}`;
    }
    case 'schedule':
      return capitalise(trigger.when);
    case 'webhook':
      return "When the workflow's webhook is called";
    case 'custom_event':
      return `When ${trigger.about}`;
    case 'manual':
      return 'When run by hand';
  }
}

/** A short name for the trigger, at the start of the workflow's name. */
export function triggerTitle(trigger: TriggerIntent, form: string): string {
  switch (trigger.type) {
    case 'form_submission':
      return capitalise(form);
    case 'page_interaction':
      return capitalise(`${trigger.target} ${trigger.interaction === 'any' ? 'interaction' : trigger.interaction}`);
    case 'schedule':
      return capitalise(trigger.when);
    case 'webhook':
      return 'Webhook';
    case 'custom_event':
      return capitalise(trigger.about);
    case 'manual':
      return 'Manual run';
  }
}

function describeAction(a: ActionIntent, teamAddress: (who: string) => string | null): string {
  switch (a.type) {
    case 'send_email': {
      const what = a.template ? `the ${a.template} template` : null;
      if (a.recipient.kind === 'visitor')
        return what ? `email the visitor ${what}` : 'email the visitor a thank-you with their answers';
      const who =
        a.recipient.kind === 'address'
          ? a.recipient.address
          : `the ${a.recipient.who}${teamAddress(a.recipient.who) ? ` (${teamAddress(a.recipient.who)})` : ''}`;
      return `email ${who} ${what ?? 'a summary'}`;
    }
    case 'add_to_crm':
      return `add the contact to the CRM${a.tags.length ? ` tagged ${a.tags.join(', ')}` : ''}${a.list ? ` on the ${a.list} list` : ''}`;
    case 'add_tag':
      return `tag the contact ${a.tags.join(', ')}`;
    case 'remove_tag':
      return `remove the tag${a.tags.length > 1 ? 's' : ''} ${a.tags.join(', ')} from the contact`;
    case 'update_lead_score':
      return a.points > 0
        ? `add ${points(a.points)} to the lead score`
        : `take ${points(-a.points)} off the lead score`;
    case 'record_activity':
      return a.note
        ? `log a note on the contact's timeline: "${a.note}"`
        : "log the submission on the contact's timeline";
    case 'http_request':
      return a.withBody ? `${a.method} the data to ${a.url}` : `${a.method} ${a.url}`;
    case 'notify': {
      const channel = a.channel === 'slack' ? 'Slack' : 'Discord';
      return a.who ? `notify the ${a.who} on ${channel}` : `post to ${channel}`;
    }
    case 'delay':
      return `wait ${a.delay.label}`;
    case 'stop':
      return a.failure ? 'stop with a failure' : 'stop';
  }
}

export class Summariser {
  constructor(private readonly teamAddress: (who: string) => string | null) {}

  steps(steps: PlanStep[], nested: boolean): string {
    const joiner = nested ? ', then ' : '; then ';
    return steps
      .map((step, i) => {
        const text = step.kind === 'action' ? describeAction(step.action, this.teamAddress) : this.branch(step);
        if (i === 0) return text;
        return step.kind === 'branch' ? `${joiner.trimEnd()}, ${text}` : `${joiner}${text}`;
      })
      .join('');
  }

  private branch(b: Branch): string {
    const condition = describeGroup(b.group);
    if (!b.then.length) return `unless ${condition}, ${this.steps(b.otherwise, true)}`;
    const otherwise = b.otherwise.length ? `; otherwise, ${this.steps(b.otherwise, true)}` : '';
    return `if ${condition}, ${this.steps(b.then, true)}${otherwise}`;
  }

  summary(trigger: TriggerIntent, form: string, steps: PlanStep[]): string {
    return `${describeTrigger(trigger, form)}: ${this.steps(steps, false)}.`;
  }
}

/** Step names for the workflow's name ("Booking form: send booking confirmation, notify the manager on Slack"). */
export function workflowName(trigger: TriggerIntent, form: string, stepNames: string[]): string {
  // "Notify the manager" reads "notify the manager" after a colon; "POST to …" keeps its capitals.
  const shown = stepNames.slice(0, 3).map((n) => (/^[A-Z][a-z]/.test(n) ? n.charAt(0).toLowerCase() + n.slice(1) : n));
  const name = `${triggerTitle(trigger, form)}: ${shown.join(', ')}${stepNames.length > 3 ? ', …' : ''}`;
  return name.length > 200 ? `${name.slice(0, 199)}…` : name;
}

export const humanTemplate = (key: string): string => humanise(key);
