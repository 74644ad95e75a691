import { CONDITION_OPERATORS } from './conditions';
import type { FieldSpec, NumberSpec, ObjectSpec, TextSpec } from './config-schema';

/**
 * Every node a workflow can hold: its configuration, its outputs (the `source_output` its edges leave by) and how
 * the engine runs it. The engine, the validator, the API documentation and the AI service's tool schema all read
 * this one list.
 */
export type NodeCategory = 'trigger' | 'action' | 'logic';

/**
 * How the engine runs a node:
 * - `trigger`: starts an execution (its output is the trigger's data);
 * - `inline`: the engine's own work (condition, switch, set, merge, stop, loop), run in the transaction that
 *   records its result, with no broker hop;
 * - `effect`: work elsewhere (a crm command, an outbound call), sent with the idempotency key
 *   `<execution id>:<node id>` so a re-run never repeats it; simulated in test runs;
 * - `wait`: a timer row (delay);
 * - `child`: another workflow's execution (sub_workflow).
 */
export type NodeRunKind = 'trigger' | 'inline' | 'effect' | 'wait' | 'child';

export interface NodeType {
  type: string;
  category: NodeCategory;
  run: NodeRunKind;
  label: string;
  description: string;
  config: ObjectSpec;
  /** The outputs its edges may leave by; a function when the config names them (switch cases). */
  outputs: readonly string[] | ((config: Record<string, unknown>) => string[]);
  /** Retried by default (an outbound call can fail for a moment; a condition cannot). */
  retryable: boolean;
}

// ---- building blocks of config specs --------------------------------------------------------------------------

const text = (o: Omit<TextSpec, 'type'> = {}): FieldSpec => ({ type: 'text', ...o });
const int = (o: Omit<NumberSpec, 'type'> = {}): FieldSpec => ({ type: 'integer', ...o });
const bool = (description?: string): FieldSpec => ({ type: 'boolean', ...(description ? { description } : {}) });
const oneOf = (values: readonly string[], o: { required?: boolean; description?: string } = {}): FieldSpec => ({
  type: 'enum',
  values,
  ...o,
});
const object = (properties: Record<string, FieldSpec>, o: { required?: boolean; description?: string } = {}) =>
  ({ type: 'object', properties, ...o }) satisfies ObjectSpec;

/** A condition in a trigger or a condition node. */
const condition = (fieldDescription: string): FieldSpec =>
  object({
    field: text({ required: true, maxLength: 300, description: fieldDescription }),
    operator: oneOf(CONDITION_OPERATORS, { required: true }),
    value: { type: 'any', expression: true, description: 'What the field is compared with (in: a list)' },
  });
const conditions = (fieldDescription: string): FieldSpec => ({
  type: 'list',
  items: condition(fieldDescription),
  maxItems: 20,
  description: 'All must hold (none: always)',
});

/** Who a crm step is about: a contact id, or an address (upserted by the crm when it is new). */
const contactTarget = {
  contact_id: text({
    expression: true,
    format: 'uuid',
    description: 'The contact, e.g. {{ steps.create_contact.output.contact.id }}',
  }),
  email: text({
    expression: true,
    maxLength: 320,
    description: 'Or the address, e.g. {{ trigger.form_data.email }} (default)',
  }),
};

const retry = object(
  {
    max_attempts: int({ min: 1, max: 25, description: 'Attempts in all, the first included (default 5 for calls)' }),
    initial_delay_ms: int({ min: 100, max: 3_600_000, description: 'Before the second attempt (default 1000)' }),
    max_delay_ms: int({ min: 100, max: 86_400_000, description: 'Cap of the doubling delay (default 1 hour)' }),
  },
  { description: 'Overrides the default retry policy of this step' },
);

/** Settings every node accepts besides its own: how failures are retried and whether the run goes on. */
export const COMMON_NODE_SETTINGS: Record<string, FieldSpec> = {
  retry,
  continue_on_fail: bool('A failed step (after its retries) lets the run go on, with the error as its output'),
  timeout_ms: int({ min: 100, max: 3_600_000, description: 'How long one attempt may take' }),
};

const triggerNode = (
  type: string,
  label: string,
  description: string,
  properties: Record<string, FieldSpec>,
): NodeType => ({
  type,
  category: 'trigger',
  run: 'trigger',
  label,
  description,
  config: object(properties),
  outputs: ['default'],
  retryable: false,
});

const effectNode = (
  type: string,
  label: string,
  description: string,
  properties: Record<string, FieldSpec>,
): NodeType => ({
  type,
  category: 'action',
  run: 'effect',
  label,
  description,
  config: object({ ...properties, ...COMMON_NODE_SETTINGS }),
  outputs: ['default'],
  retryable: true,
});

const logicNode = (
  type: string,
  label: string,
  description: string,
  properties: Record<string, FieldSpec>,
  outputs: NodeType['outputs'],
  run: NodeRunKind = 'inline',
): NodeType => ({
  type,
  category: 'logic',
  run,
  label,
  description,
  config: object({ ...properties, ...(run === 'child' ? COMMON_NODE_SETTINGS : {}) }),
  outputs,
  retryable: run === 'child',
});

const contactFields = {
  ...contactTarget,
  name: text({ expression: true, maxLength: 200, description: 'e.g. {{ trigger.form_data.name }} (default)' }),
  first_name: text({ expression: true, maxLength: 100 }),
  last_name: text({ expression: true, maxLength: 100 }),
  phone: text({ expression: true, maxLength: 40 }),
  tags: { type: 'list', items: text({ maxLength: 50, expression: true }), maxItems: 50, expression: true } as FieldSpec,
  custom_fields: { type: 'map', values: { type: 'any', expression: true }, maxKeys: 100 } as FieldSpec,
  list_id: text({ maxLength: 50, description: 'A list to add the contact to (kept as a tag of that name)' }),
};

export const SWITCH_CASES_MAX = 20;
const OUTPUT_NAME = /^[a-z][a-z0-9_]{0,39}$/;

export const NODE_TYPES: readonly NodeType[] = [
  // ---- triggers ----
  triggerNode('form_submission', 'Form submitted', 'A visitor submits a form component of a published site', {
    component_id: text({ required: true, format: 'uuid', description: 'The form component' }),
    conditions: conditions('A path into the submission, e.g. form_data.budget'),
  }),
  triggerNode('page_interaction', 'Component seen or clicked', 'A visitor views or clicks a component', {
    component_id: text({ required: true, format: 'uuid' }),
    interaction: oneOf(['view', 'click', 'any'], { description: 'Default: any' }),
    conditions: conditions('A path into the event, e.g. page'),
  }),
  triggerNode('schedule', 'On a schedule', 'A cron schedule in a time zone; once per slot across engine replicas', {
    cron: text({ required: true, maxLength: 100, description: 'Five or six fields, e.g. 0 9 * * 1-5' }),
    timezone: text({ maxLength: 64, description: 'IANA time zone, e.g. Europe/Paris (default UTC)' }),
  }),
  triggerNode('webhook', 'Webhook called', 'A POST to the workflow’s public webhook URL', {
    auth: oneOf(['none', 'header', 'hmac'], { description: 'Default: none' }),
    header_name: text({ maxLength: 100, description: 'The header carrying the secret or signature' }),
    secret: text({ maxLength: 500, minLength: 16, secret: true, description: 'Shared secret (never returned)' }),
  }),
  triggerNode('custom_event', 'Platform event', 'Any domain event by name, with conditions on its payload', {
    event: text({ required: true, format: 'event_name', maxLength: 200 }),
    conditions: conditions('A path into the payload, e.g. threshold'),
  }),
  triggerNode('manual', 'Run by hand', 'The execute endpoint (and test runs)', {}),

  // ---- actions with effects elsewhere ----
  effectNode('send_email', 'Send email', 'An email through the crm (template or inline content)', {
    template: text({ maxLength: 80, description: 'A template id or key, e.g. welcome-email' }),
    template_id: text({ maxLength: 80, description: 'Seed spelling of template' }),
    to: text({
      expression: true,
      maxLength: 320,
      description: 'Default: the contact, else {{ trigger.form_data.email }}',
    }),
    contact_id: contactTarget.contact_id,
    subject: text({ expression: true, maxLength: 2000, template: 'text' }),
    html: text({ expression: true, maxLength: 500_000, multiline: true, template: 'html' }),
    text: text({ expression: true, maxLength: 200_000, multiline: true, template: 'text' }),
    data: { type: 'map', values: { type: 'any', expression: true }, maxKeys: 100, description: 'Merge values' },
    category: oneOf(['marketing', 'transactional']),
  }),
  effectNode('add_to_crm', 'Add to CRM', 'Creates or updates the contact (by address)', contactFields),
  effectNode('create_or_update_contact', 'Create or update contact', 'Same as add_to_crm', contactFields),
  effectNode('add_tag', 'Add tags', 'Adds tags to the contact', {
    ...contactTarget,
    tags: { type: 'list', items: text({ maxLength: 50, expression: true }), minItems: 1, maxItems: 50, required: true },
  }),
  effectNode('remove_tag', 'Remove tags', 'Removes tags from the contact', {
    ...contactTarget,
    tags: { type: 'list', items: text({ maxLength: 50, expression: true }), minItems: 1, maxItems: 50, required: true },
  }),
  effectNode('update_lead_score', 'Change lead score', 'Adds (or takes) points', {
    ...contactTarget,
    points: int({ required: true, min: -1000, max: 1000, expression: true }),
    reason: text({ maxLength: 200, expression: true }),
  }),
  effectNode('record_activity', 'Record activity', 'Writes an entry on the contact’s timeline', {
    ...contactTarget,
    activity_type: oneOf(['note', 'custom', 'workflow_step'], { description: 'Default: workflow_step' }),
    data: { type: 'map', values: { type: 'any', expression: true }, maxKeys: 50 },
  }),
  effectNode('http_request', 'HTTP request', 'Calls a URL (public addresses only, unless an operator allows more)', {
    method: oneOf(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'], { description: 'Default: GET' }),
    url: text({ required: true, expression: true, maxLength: 2000, format: 'http_url' }),
    headers: { type: 'map', values: text({ maxLength: 4000, expression: true }), maxKeys: 50 },
    query: { type: 'map', values: text({ maxLength: 2000, expression: true }), maxKeys: 50 },
    body: { type: 'any', expression: true, description: 'JSON (objects, lists) or text' },
    auth: object({
      type: oneOf(['none', 'basic', 'bearer', 'header'], { required: true }),
      username: text({ maxLength: 200 }),
      password: text({ maxLength: 500, secret: true }),
      token: text({ maxLength: 4000, secret: true }),
      header_name: text({ maxLength: 100 }),
      header_value: text({ maxLength: 4000, secret: true }),
    }),
    response_max_bytes: int({ min: 1, max: 5_000_000, description: 'Default 1 MB; larger answers fail the step' }),
    follow_redirects: bool('Default true (each hop is checked like the first)'),
    fail_on_status: bool('Default true: a 4xx/5xx answer fails the step (5xx and 429 are retried)'),
  }),
  effectNode('notify', 'Notify a channel', 'A message to a Slack or Discord incoming webhook', {
    channel: oneOf(['slack', 'discord'], { required: true }),
    webhook_url: text({ required: true, maxLength: 2000, format: 'http_url', secret: true }),
    text: text({ required: true, expression: true, maxLength: 4000, multiline: true }),
    title: text({ expression: true, maxLength: 250 }),
  }),

  // ---- the engine's own logic ----
  logicNode(
    'condition',
    'If',
    'Goes on by `true` or `false`',
    {
      conditions: conditions('A path into what expressions see, e.g. trigger.form_data.party_size'),
      match: oneOf(['all', 'any'], { description: 'Default: all' }),
      expression: text({ expression: true, maxLength: 2000, description: 'Or one expression giving true or false' }),
    },
    ['true', 'false'],
  ),
  logicNode(
    'switch',
    'Switch',
    'Goes on by the first case that holds, else `default`',
    {
      cases: {
        type: 'list',
        required: true,
        minItems: 1,
        maxItems: SWITCH_CASES_MAX,
        items: object({
          output: text({ required: true, maxLength: 40, format: 'key', description: 'The output this case leaves by' }),
          conditions: conditions('A path into what expressions see'),
          match: oneOf(['all', 'any']),
          expression: text({ expression: true, maxLength: 2000 }),
        }),
      },
    },
    (config) => [
      ...(Array.isArray(config.cases) ? config.cases : [])
        .map((c) => (c as { output?: unknown }).output)
        .filter((o): o is string => typeof o === 'string' && OUTPUT_NAME.test(o)),
      'default',
    ],
  ),
  logicNode(
    'delay',
    'Wait',
    'Waits a duration, until a moment, or until a time of day (a timer row: survives restarts)',
    {
      mode: oneOf(['duration', 'until', 'time_of_day'], { description: 'Default: duration' }),
      duration_minutes: { type: 'number', min: 0, max: 525_600, expression: true, description: 'For mode duration' },
      duration_seconds: { type: 'number', min: 0, max: 31_536_000, expression: true },
      until: text({ expression: true, format: 'date_time', maxLength: 40, description: 'For mode until' }),
      time: text({ format: 'time_of_day', maxLength: 5, description: 'For mode time_of_day, e.g. 09:00' }),
      timezone: text({ maxLength: 64, description: 'IANA time zone for time_of_day (default UTC)' }),
      weekdays: {
        type: 'list',
        items: oneOf(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
        maxItems: 7,
        description: 'Only these days (time_of_day)',
      },
    },
    ['default'],
    'wait',
  ),
  logicNode(
    'loop',
    'Loop over items',
    'Runs the `loop` branch once per item (item and index in expressions), then goes on by `done`',
    {
      items: { type: 'any', required: true, expression: true, description: 'A list, e.g. {{ trigger.items }}' },
      max_items: int({ min: 1, max: 10_000, description: 'Refuse longer lists (default 1000)' }),
    },
    ['loop', 'done'],
  ),
  logicNode('parallel', 'Parallel', 'Every edge it leaves by runs at once; join them with merge', {}, ['default']),
  logicNode(
    'merge',
    'Merge',
    'Waits for every branch that reaches it (all) or the first one (first)',
    { mode: oneOf(['all', 'first'], { description: 'Default: all' }) },
    ['default'],
  ),
  logicNode(
    'sub_workflow',
    'Run another workflow',
    'Starts another workflow of the workspace and waits for its result',
    {
      workflow_id: text({ required: true, format: 'uuid' }),
      input: { type: 'any', expression: true, description: 'Its trigger data (default: this trigger’s)' },
      wait: bool('Default true: wait for it to finish and take its result'),
    },
    ['default'],
    'child',
  ),
  logicNode(
    'set',
    'Set values',
    'Shapes data: its output is the values, expressions evaluated',
    { values: { type: 'map', required: true, values: { type: 'any', expression: true }, maxKeys: 100 } },
    ['default'],
  ),
  logicNode(
    'stop',
    'Stop',
    'Ends the execution as a success or a failure',
    {
      status: oneOf(['success', 'failure'], { description: 'Default: success' }),
      message: text({ expression: true, maxLength: 1000 }),
    },
    [],
  ),
];

const BY_TYPE = new Map(NODE_TYPES.map((n) => [n.type, n]));

export function nodeType(type: string): NodeType | undefined {
  return BY_TYPE.get(type);
}

export const TRIGGER_TYPES = NODE_TYPES.filter((n) => n.category === 'trigger').map((n) => n.type);
export const ACTION_TYPES = NODE_TYPES.filter((n) => n.category !== 'trigger').map((n) => n.type);

/** The outputs a node of this type and config leaves by. */
export function nodeOutputs(type: NodeType, config: Record<string, unknown>): string[] {
  return typeof type.outputs === 'function' ? type.outputs(config) : [...type.outputs];
}
