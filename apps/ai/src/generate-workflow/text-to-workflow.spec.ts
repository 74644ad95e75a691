import { CONDITION_OPERATORS, validateWorkflow, type WorkflowEdge } from '@mab/workflow-definition';
import type { ComponentContext, SiteContext } from '../context/component-context';
import { PROMPT_MAX_LENGTH, splitClauses } from './prompt-clauses';
import { textToWorkflow, type TextToWorkflowOptions, type TextToWorkflowResult } from './text-to-workflow';

const BOOKING_ID = '6f1c2b9e-8a53-4f0e-9f3c-1c2d3e4f5a6b';
const CONTACT_ID = '0b8e5f7a-2c44-4d6e-8f10-3a2b1c0d9e8f';
const PRICING_ID = '9d7c6b5a-4e3f-4a1b-8c2d-1e0f9a8b7c6d';
const SLACK = 'https://hooks.slack.com/services/T000/B000/XXXX';
const DISCORD = 'https://discord.com/api/webhooks/1/abc';
const TEAM = 'team@bistro.example';

const booking: ComponentContext = {
  id: BOOKING_ID,
  type: 'booking_form',
  config: {},
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    { name: 'email', type: 'email', label: 'Email' },
    { name: 'date', type: 'date', label: 'Date' },
    { name: 'party_size', type: 'number', label: 'Party size' },
    { name: 'plan', type: 'select', options: ['Basic', 'Pro', 'Team'] },
    { name: 'budget', type: 'number' },
    { name: 'message', type: 'textarea' },
    { name: 'consent', type: 'checkbox' },
  ],
  siteId: null,
};
const contactForm: ComponentContext = {
  id: CONTACT_ID,
  type: 'contact_form',
  config: {},
  fields: [
    { name: 'name', type: 'text' },
    { name: 'email', type: 'email' },
    { name: 'message', type: 'textarea' },
  ],
  siteId: null,
};
const pricing: ComponentContext = { id: PRICING_ID, type: 'pricing_table', config: {}, fields: [], siteId: null };
const site: SiteContext = { industry: 'restaurant', goals: ['bookings'], teamEmail: TEAM, companyName: 'Bistro' };
const noTeamEmail: SiteContext = { ...site, teamEmail: null };

/** The usual context: the booking form, a site with a team address, a Slack channel. */
const BOOKING: TextToWorkflowOptions = { component: booking, site, channels: { slack_webhook_url: SLACK } };

interface Row {
  prompt: string;
  options?: TextToWorkflowOptions;
  /** Node types in order (the trigger first). */
  types: string[];
  /** Expected config values by node id (a subset of each config). */
  config?: Record<string, Record<string, unknown>>;
  /** Every edge, as `source->target` or `source-output->target`. */
  edges?: string[];
  /** What the prompt could not give, as `node.field`. */
  missing?: string[];
  summary?: string;
}

const edgeText = (e: WorkflowEdge) =>
  e.source_output ? `${e.source}-${e.source_output}->${e.target}` : `${e.source}->${e.target}`;

function generated(prompt: string, options: TextToWorkflowOptions = BOOKING) {
  const result = textToWorkflow(prompt, options);
  if (!result.ok) throw new Error(`not understood: ${result.message}`);
  return result;
}

/** The invariant every answer keeps: the validator's problems are exactly what `missing` lists. */
function expectOnlyMissingProblems(result: Extract<TextToWorkflowResult, { ok: true }>): void {
  const problems = validateWorkflow({ nodes: result.workflow.nodes, edges: result.workflow.edges });
  expect(problems.map((p) => `${p.node}.${p.field}`).sort()).toEqual(
    result.missing.map((m) => `${m.node}.${m.field}`).sort(),
  );
}

const ROWS: Row[] = [
  // ---- the example ----
  {
    prompt:
      'When someone books a table, email them a confirmation, and if the party is bigger than 8 notify the manager on Slack',
    types: ['form_submission', 'send_email', 'condition', 'notify'],
    config: {
      trigger: { component_id: BOOKING_ID },
      send_confirmation: { template: 'booking-confirmation' },
      if_party_size: { conditions: [{ field: 'trigger.form_data.party_size', operator: 'gt', value: 8 }] },
      notify_manager: { channel: 'slack', webhook_url: SLACK },
    },
    edges: ['trigger->send_confirmation', 'send_confirmation->if_party_size', 'if_party_size-true->notify_manager'],
    summary:
      'When the booking form is submitted: email the visitor the booking-confirmation template; then, if party size is greater than 8, notify the manager on Slack.',
  },

  // ---- triggers ----
  {
    prompt: 'When someone submits the contact form, send a welcome email and add them to the CRM as a lead',
    options: { component: contactForm },
    types: ['form_submission', 'send_email', 'add_to_crm'],
    config: {
      trigger: { component_id: CONTACT_ID },
      send_welcome_email: { template: 'welcome-email' },
      add_to_crm: { tags: ['lead'] },
    },
    edges: ['trigger->send_welcome_email', 'send_welcome_email->add_to_crm'],
    summary:
      'When the contact form is submitted: email the visitor the welcome-email template; then add the contact to the CRM tagged lead.',
  },
  {
    prompt: 'When someone signs up for the newsletter, send a welcome email',
    options: {},
    types: ['form_submission', 'send_email'],
    config: { trigger: {}, send_welcome_email: { template: 'welcome-email' } },
    missing: ['trigger.config.component_id'],
    summary: 'When the newsletter form is submitted: email the visitor the welcome-email template.',
  },
  {
    prompt: 'When a form is submitted, email the team',
    types: ['form_submission', 'send_email'],
    config: { email_team: { to: TEAM } },
    summary: `When the booking form is submitted: email the team (${TEAM}) a summary.`,
  },
  {
    prompt: 'When someone clicks the pricing table, notify the sales team on Slack',
    options: { component: pricing, channels: { slack_webhook_url: SLACK } },
    types: ['page_interaction', 'notify'],
    config: {
      trigger: { component_id: PRICING_ID, interaction: 'click' },
      notify_sales_team: { channel: 'slack', webhook_url: SLACK, text: 'Someone clicked the pricing table' },
    },
    summary: 'When someone clicks the pricing table: notify the sales team on Slack.',
  },
  {
    prompt: 'When someone views the pricing table, post to Discord',
    options: { component: pricing, channels: { discord_webhook_url: DISCORD } },
    types: ['page_interaction', 'notify'],
    config: { trigger: { interaction: 'view' }, post_to_discord: { channel: 'discord', webhook_url: DISCORD } },
  },
  {
    prompt: 'When someone clicks the button, post to Slack',
    options: {},
    types: ['page_interaction', 'notify'],
    config: { trigger: { interaction: 'click' } },
    missing: ['trigger.config.component_id', 'post_to_slack.config.webhook_url'],
  },
  {
    prompt: 'Every day at 9am, email sales@acme.com',
    types: ['schedule', 'send_email'],
    config: { trigger: { cron: '0 9 * * *', timezone: 'UTC' }, email_sales: { to: 'sales@acme.com' } },
    summary: 'Every day at 09:00 (UTC): email sales@acme.com a summary.',
  },
  {
    prompt: 'Every Monday at 9:30 send the newsletter to the team',
    types: ['schedule', 'send_email'],
    config: { trigger: { cron: '30 9 * * 1', timezone: 'UTC' }, email_team: { template: 'newsletter', to: TEAM } },
  },
  {
    prompt: 'Every weekday at 8am in Europe/Paris, post to Slack',
    types: ['schedule', 'notify'],
    config: { trigger: { cron: '0 8 * * 1-5', timezone: 'Europe/Paris' } },
    summary: 'Every weekday at 08:00 (Europe/Paris): post to Slack.',
  },
  {
    prompt: 'Every hour, call https://example.com/ping',
    types: ['schedule', 'http_request'],
    config: {
      trigger: { cron: '0 * * * *', timezone: 'UTC' },
      post_example_com: { method: 'POST', url: 'https://example.com/ping', body: '{{ trigger }}' },
    },
  },
  {
    prompt: 'On the 1st of every month at 10:00, GET https://example.com/report',
    types: ['schedule', 'http_request'],
    config: { trigger: { cron: '0 10 1 * *' }, get_example_com: { method: 'GET', url: 'https://example.com/report' } },
  },
  {
    prompt: 'When our webhook is called, add them to the CRM',
    types: ['webhook', 'add_to_crm'],
    config: { trigger: {}, add_to_crm: { email: '{{ trigger.body.email }}' } },
  },
  {
    prompt: 'When we receive a webhook, POST the data to https://example.com/hook',
    types: ['webhook', 'http_request'],
    config: { post_example_com: { method: 'POST', url: 'https://example.com/hook', body: '{{ trigger.body }}' } },
  },
  {
    prompt: "When a contact's lead score passes the threshold, notify the manager on Slack",
    types: ['custom_event', 'notify'],
    config: { trigger: { event: 'crm.contact.score_threshold_reached.v1' }, notify_manager: { channel: 'slack' } },
  },
  {
    prompt: 'When an email bounces, tag them as bounced',
    types: ['custom_event', 'add_tag'],
    config: {
      trigger: { event: 'crm.email.bounced.v1' },
      tag_bounced: { contact_id: '{{ trigger.contact_id }}', tags: ['bounced'] },
    },
  },
  {
    prompt: 'When a contact unsubscribes, remove the tag newsletter',
    types: ['custom_event', 'remove_tag'],
    config: { trigger: { event: 'crm.email.unsubscribed.v1' }, untag_newsletter: { tags: ['newsletter'] } },
  },
  {
    prompt: 'When a contact is created, send an onboarding email',
    types: ['custom_event', 'send_email'],
    config: {
      trigger: { event: 'crm.contact.created.v1' },
      send_onboarding_email: { template: 'onboarding-email', contact_id: '{{ trigger.contact_id }}' },
    },
  },
  {
    prompt: 'When I run it by hand, post to Slack',
    types: ['manual', 'notify'],
    config: { trigger: {}, post_to_slack: { webhook_url: SLACK } },
    summary: 'When run by hand: post to Slack.',
  },
  {
    prompt: 'Manually, POST the data to https://example.com/export',
    types: ['manual', 'http_request'],
    config: { post_example_com: { method: 'POST', body: '{{ trigger }}' } },
  },

  // ---- actions ----
  {
    prompt: 'When someone books a table, save the contact and tag them as vip and premium',
    types: ['form_submission', 'add_to_crm', 'add_tag'],
    config: { add_to_crm: {}, tag_vip: { tags: ['vip', 'premium'] } },
  },
  {
    prompt: 'When someone books a table, remove the tag cold, then add 10 points',
    types: ['form_submission', 'remove_tag', 'update_lead_score'],
    config: { untag_cold: { tags: ['cold'] }, add_10_points: { points: 10 } },
  },
  {
    prompt: 'When someone books a table, increase their score by 5 and also lower the score by 3',
    types: ['form_submission', 'update_lead_score', 'update_lead_score'],
    config: { add_5_points: { points: 5 }, remove_3_points: { points: -3 } },
  },
  {
    prompt: 'When someone books a table, log a note saying asked for a window table',
    types: ['form_submission', 'record_activity'],
    config: { log_note: { activity_type: 'note', data: { text: 'asked for a window table' } } },
  },
  {
    prompt: 'When someone books a table, log a note',
    types: ['form_submission', 'record_activity'],
    config: {
      log_note: {
        activity_type: 'note',
        data: { text: 'Submitted the booking form', submission: '{{ trigger.form_data }}' },
      },
    },
  },
  {
    prompt: 'When someone books a table, call https://crm.example.com/hooks/booking',
    types: ['form_submission', 'http_request'],
    config: {
      post_crm_example_com: {
        method: 'POST',
        url: 'https://crm.example.com/hooks/booking',
        body: '{{ trigger.form_data }}',
      },
    },
  },
  {
    prompt: 'When someone books a table, send a PUT request to https://api.example.com/bookings',
    types: ['form_submission', 'http_request'],
    config: { put_api_example_com: { method: 'PUT', url: 'https://api.example.com/bookings' } },
  },
  {
    prompt: 'When someone books a table, notify the manager on Slack',
    options: { component: booking },
    types: ['form_submission', 'notify'],
    config: {
      notify_manager: {
        channel: 'slack',
        text:
          'New booking form submission\nName: {{ trigger.form_data.name }}\nEmail: {{ trigger.form_data.email }}\n' +
          'Date: {{ trigger.form_data.date }}\nParty size: {{ trigger.form_data.party_size }}\n' +
          'Plan: {{ trigger.form_data.plan }}\nBudget: {{ trigger.form_data.budget }}\n' +
          'Message: {{ trigger.form_data.message }}\nConsent: {{ trigger.form_data.consent }}',
      },
    },
    missing: ['notify_manager.config.webhook_url'],
  },
  {
    prompt: `When someone books a table, post to Discord at ${DISCORD}`,
    types: ['form_submission', 'notify'],
    config: { post_to_discord: { channel: 'discord', webhook_url: DISCORD } },
  },
  {
    prompt: 'When someone books a table, notify the manager by email',
    options: { component: booking, site: noTeamEmail },
    types: ['form_submission', 'send_email'],
    config: { email_manager: { subject: 'New booking form submission from {{ trigger.form_data.name }}' } },
    missing: ['email_manager.config.to'],
    summary: 'When the booking form is submitted: email the manager a summary.',
  },
  {
    prompt: 'When someone books a table, email sales@acme.com',
    types: ['form_submission', 'send_email'],
    config: {
      email_sales: { to: 'sales@acme.com', subject: 'New booking form submission from {{ trigger.form_data.name }}' },
    },
  },
  {
    prompt: 'When someone books a table, send a follow-up email after 2 days',
    types: ['form_submission', 'delay', 'send_email'],
    config: { wait_2_days: { mode: 'duration', duration_minutes: 2880 }, send_follow_up: { template: 'follow-up' } },
    edges: ['trigger->wait_2_days', 'wait_2_days->send_follow_up'],
    summary: 'When the booking form is submitted: wait 2 days; then email the visitor the follow-up template.',
  },
  {
    prompt: 'When someone books a table, wait 3 hours, then send them a follow-up email',
    types: ['form_submission', 'delay', 'send_email'],
    config: { wait_3_hours: { mode: 'duration', duration_minutes: 180 } },
  },
  {
    prompt: 'When someone books a table, 30 minutes later email them a thank-you',
    types: ['form_submission', 'delay', 'send_email'],
    config: {
      wait_30_minutes: { duration_minutes: 30 },
      send_thank_you: { subject: 'Thank you, {{ trigger.form_data.name }}' },
    },
  },
  {
    prompt: 'When someone books a table, next Monday at 9am send a follow-up email',
    types: ['form_submission', 'delay', 'send_email'],
    config: { wait_until_monday_at_09_00: { mode: 'time_of_day', time: '09:00', weekdays: ['mon'] } },
  },
  {
    prompt: 'When someone books a table, wait until 2026-12-01 and send them the newsletter',
    types: ['form_submission', 'delay', 'send_email'],
    config: { wait_until_2026_12_01_utc: { mode: 'until', until: '2026-12-01T00:00:00Z' } },
  },
  {
    prompt:
      'When someone books a table, wait until December 1st, 2026 at 10am in Europe/Paris, then send a follow-up email',
    types: ['form_submission', 'delay', 'send_email'],
    config: { wait_until_2026_12_01_10_00_europe_paris: { mode: 'until', until: '2026-12-01T10:00:00+01:00' } },
  },
  {
    prompt: 'When someone books a table, if the party is less than 3 then stop. Email them a confirmation.',
    types: ['form_submission', 'condition', 'stop', 'send_email'],
    config: { if_party_size: { conditions: [{ field: 'trigger.form_data.party_size', operator: 'lt', value: 3 }] } },
    edges: ['trigger->if_party_size', 'if_party_size-true->stop', 'if_party_size-false->send_confirmation'],
  },

  // ---- conditions and otherwise ----
  {
    prompt:
      'When someone books a table, if the party is bigger than 8 notify the manager on Slack, otherwise email them a confirmation',
    types: ['form_submission', 'condition', 'notify', 'send_email'],
    edges: ['trigger->if_party_size', 'if_party_size-true->notify_manager', 'if_party_size-false->send_confirmation'],
    summary:
      'When the booking form is submitted: if party size is greater than 8, notify the manager on Slack; otherwise, email the visitor the booking-confirmation template.',
  },
  {
    prompt: 'When someone books a table, if budget is at least 5,000 tag them as hot; else tag them as cold',
    types: ['form_submission', 'condition', 'add_tag', 'add_tag'],
    config: { if_budget: { conditions: [{ field: 'trigger.form_data.budget', operator: 'gte', value: 5000 }] } },
    edges: ['trigger->if_budget', 'if_budget-true->tag_hot', 'if_budget-false->tag_cold'],
  },
  {
    prompt: 'When someone books a table, if the budget is 500 or less, lower their score by 2. Otherwise add 3 points.',
    types: ['form_submission', 'condition', 'update_lead_score', 'update_lead_score'],
    config: { if_budget: { conditions: [{ field: 'trigger.form_data.budget', operator: 'lte', value: 500 }] } },
    edges: ['trigger->if_budget', 'if_budget-true->remove_2_points', 'if_budget-false->add_3_points'],
  },
  {
    prompt: 'When someone books a table, if the email contains gmail.com tag them as personal',
    types: ['form_submission', 'condition', 'add_tag'],
    config: {
      if_email: { conditions: [{ field: 'trigger.form_data.email', operator: 'contains', value: 'gmail.com' }] },
    },
  },
  {
    prompt: "When someone books a table, if the message doesn't contain spam, add them to the CRM",
    types: ['form_submission', 'condition', 'add_to_crm'],
    config: {
      if_message: { conditions: [{ field: 'trigger.form_data.message', operator: 'not_contains', value: 'spam' }] },
    },
  },
  {
    prompt:
      'When someone books a table, if the email ends with @acme.com tag them as colleague, if the name starts with Dr tag them as doctor',
    types: ['form_submission', 'condition', 'add_tag', 'condition', 'add_tag'],
    config: {
      if_email: { conditions: [{ field: 'trigger.form_data.email', operator: 'ends_with', value: '@acme.com' }] },
      if_name: { conditions: [{ field: 'trigger.form_data.name', operator: 'starts_with', value: 'Dr' }] },
    },
    edges: [
      'trigger->if_email',
      'if_email-true->tag_colleague',
      'tag_colleague->if_name',
      'if_email-false->if_name',
      'if_name-true->tag_doctor',
    ],
  },
  {
    prompt: 'When someone books a table, if they chose the Pro plan increase their score by 5',
    types: ['form_submission', 'condition', 'update_lead_score'],
    config: { if_plan: { conditions: [{ field: 'trigger.form_data.plan', operator: 'equals', value: 'Pro' }] } },
  },
  {
    prompt: 'When someone books a table, if the plan is not basic, notify the team on Slack',
    types: ['form_submission', 'condition', 'notify'],
    config: {
      if_plan: { conditions: [{ field: 'trigger.form_data.plan', operator: 'not_equals', value: 'Basic' }] },
      notify_team: { channel: 'slack' },
    },
  },
  {
    prompt: 'When someone books a table, if the message is not empty log a note',
    types: ['form_submission', 'condition', 'record_activity'],
    config: { if_message: { conditions: [{ field: 'trigger.form_data.message', operator: 'exists' }] } },
  },
  {
    prompt: 'When someone books a table, if the message is empty, remove the tag engaged',
    types: ['form_submission', 'condition', 'remove_tag'],
    config: { if_message: { conditions: [{ field: 'trigger.form_data.message', operator: 'not_exists' }] } },
  },
  {
    prompt: 'When someone books a table, if the plan is one of Basic, Pro or Team, tag them as paying',
    types: ['form_submission', 'condition', 'add_tag'],
    config: {
      if_plan: { conditions: [{ field: 'trigger.form_data.plan', operator: 'in', value: ['Basic', 'Pro', 'Team'] }] },
    },
  },
  {
    prompt:
      'When someone books a table, if the number of guests is over 5 or the plan is Team, notify the manager on Slack',
    types: ['form_submission', 'condition', 'notify'],
    config: {
      if_party_size: {
        conditions: [
          { field: 'trigger.form_data.party_size', operator: 'gt', value: 5 },
          { field: 'trigger.form_data.plan', operator: 'equals', value: 'Team' },
        ],
        match: 'any',
      },
    },
  },
  {
    prompt: 'When someone books a table, if budget is at least 1000 and the plan is Pro, notify the manager on Slack',
    types: ['form_submission', 'condition', 'notify'],
    config: {
      if_budget: {
        conditions: [
          { field: 'trigger.form_data.budget', operator: 'gte', value: 1000 },
          { field: 'trigger.form_data.plan', operator: 'equals', value: 'Pro' },
        ],
      },
    },
  },
  {
    prompt: 'When someone books a table, if consent is checked add them to the newsletter list',
    types: ['form_submission', 'condition', 'add_to_crm'],
    config: {
      if_consent: { conditions: [{ field: 'trigger.form_data.consent', operator: 'equals', value: true }] },
      add_to_crm: { list_id: 'newsletter' },
    },
  },
  {
    prompt:
      'When someone books a table, if the party is bigger than 8 notify the manager on Slack, otherwise if the party is bigger than 4 email the manager, otherwise do nothing. Either way, add them to the CRM.',
    types: ['form_submission', 'condition', 'notify', 'condition', 'send_email', 'add_to_crm'],
    edges: [
      'trigger->if_party_size',
      'if_party_size-true->notify_manager',
      'if_party_size-false->if_party_size_2',
      'if_party_size_2-true->email_manager',
      'notify_manager->add_to_crm',
      'email_manager->add_to_crm',
      'if_party_size_2-false->add_to_crm',
    ],
    summary:
      'When the booking form is submitted: if party size is greater than 8, notify the manager on Slack; otherwise, if party size is greater than 4, email the manager (team@bistro.example) a summary; then add the contact to the CRM.',
  },
  {
    prompt: 'When someone submits the form, if budget is at least 5000 email the team',
    options: { site: noTeamEmail },
    types: ['form_submission', 'condition', 'send_email'],
    config: { if_budget: { conditions: [{ field: 'trigger.form_data.budget', operator: 'gte', value: 5000 }] } },
    missing: ['trigger.config.component_id', 'email_team.config.to'],
  },
  {
    prompt: 'When someone submits the form, if the party is bigger than eight people notify the manager on Slack',
    options: { channels: { slack_webhook_url: SLACK } },
    types: ['form_submission', 'condition', 'notify'],
    config: { if_party: { conditions: [{ field: 'trigger.form_data.party', operator: 'gt', value: 8 }] } },
    missing: ['trigger.config.component_id'],
  },
];

describe('text to workflow: each phrasing gives its graph, valid but for what is missing', () => {
  it.each(ROWS)('$prompt', (row) => {
    const result = generated(row.prompt, row.options ?? BOOKING);
    const { nodes, edges } = result.workflow;
    expect(nodes.map((n) => n.type)).toEqual(row.types);
    for (const [id, config] of Object.entries(row.config ?? {}))
      expect(nodes.find((n) => n.id === id)?.config).toMatchObject(config);
    if (row.edges) expect(edges.map(edgeText)).toEqual(row.edges);
    expect(result.missing.map((m) => `${m.node}.${m.field}`)).toEqual(row.missing ?? []);
    if (row.summary) expect(result.summary).toBe(row.summary);
    expectOnlyMissingProblems(result);
  });

  it('covers every trigger type and every action the grammar promises', () => {
    const types = new Set(ROWS.flatMap((row) => row.types));
    for (const type of ['form_submission', 'page_interaction', 'schedule', 'webhook', 'custom_event', 'manual'])
      expect(types).toContain(type);
    for (const type of [
      'send_email',
      'add_to_crm',
      'add_tag',
      'remove_tag',
      'update_lead_score',
      'record_activity',
      'http_request',
      'notify',
      'delay',
      'stop',
      'condition',
    ])
      expect(types).toContain(type);
    const operators = new Set(
      ROWS.flatMap((row) =>
        Object.values(row.config ?? {}).flatMap((c) =>
          Array.isArray(c.conditions) ? c.conditions.map((x: { operator: string }) => x.operator) : [],
        ),
      ),
    );
    expect([...operators].sort()).toEqual([...CONDITION_OPERATORS].sort());
  });
});

/** The phrasings docs/ai-workflow-grammar.md promises, each with the node it must give (by type) and its config. */
const DOC_PHRASINGS: [string, string[], string, Record<string, unknown>][] = [
  // triggers
  [
    'When someone fills out the form, post to Slack',
    ['form_submission', 'notify'],
    'trigger',
    { component_id: BOOKING_ID },
  ],
  ['When we get a new lead, post to Slack', ['form_submission', 'notify'], 'trigger', {}],
  ['When a booking is made, post to Slack', ['form_submission', 'notify'], 'trigger', {}],
  ['When someone subscribes, post to Slack', ['form_submission', 'notify'], 'trigger', {}],
  ['When someone registers for the event, post to Slack', ['form_submission', 'notify'], 'trigger', {}],
  ['When someone contacts us, post to Slack', ['form_submission', 'notify'], 'trigger', {}],
  ['When someone requests a quote, post to Slack', ['form_submission', 'notify'], 'trigger', {}],
  ['When the button is clicked, post to Slack', ['page_interaction', 'notify'], 'trigger', { interaction: 'click' }],
  ['When the hero is seen, post to Slack', ['page_interaction', 'notify'], 'trigger', { interaction: 'view' }],
  [
    'When someone interacts with the pricing table, post to Slack',
    ['page_interaction', 'notify'],
    'trigger',
    { interaction: 'any' },
  ],
  [
    'When a lead becomes hot, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.contact.score_threshold_reached.v1' },
  ],
  [
    'When an email hard-bounces, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.email.bounced.v1', conditions: [{ field: 'bounce_type', operator: 'equals', value: 'hard' }] },
  ],
  [
    'When someone opens an email, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.email.opened.v1' },
  ],
  [
    'When a link in an email is clicked, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.email.clicked.v1' },
  ],
  [
    'When an email is delivered, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.email.delivered.v1' },
  ],
  ['When an email is sent, post to Slack', ['custom_event', 'notify'], 'trigger', { event: 'crm.email.sent.v1' }],
  [
    'When a contact is updated, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.contact.updated.v1' },
  ],
  [
    'When a contact is deleted, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.contact.deleted.v1' },
  ],
  [
    'When an activity is recorded, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.activity.recorded.v1' },
  ],
  [
    'When a site is published, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'template.site.published.v1' },
  ],
  [
    'When a site is unpublished, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'template.site.unpublished.v1' },
  ],
  [
    'When the event crm.email.opened.v1 happens, post to Slack',
    ['custom_event', 'notify'],
    'trigger',
    { event: 'crm.email.opened.v1' },
  ],
  ['On demand, post to Slack', ['manual', 'notify'], 'trigger', {}],
  // schedules
  ['Daily at 09:00, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 9 * * *', timezone: 'UTC' }],
  ['Every morning, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 9 * * *' }],
  ['On weekdays at 8, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 8 * * 1-5' }],
  ['Every weekend at 10am, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 10 * * 0,6' }],
  ['Every week on Friday at 17:00, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 17 * * 5' }],
  ['Weekly, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 9 * * 1' }],
  ['Every 2 hours, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 */2 * * *' }],
  ['Every 15 minutes, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '*/15 * * * *' }],
  ['Every half hour, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '*/30 * * * *' }],
  ['Every month on the 15th, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 9 15 * *' }],
  ['Monthly, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 9 1 * *' }],
  ['Every day at 21h, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 21 * * *' }],
  ['Every day at noon, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '0 12 * * *' }],
  ['Every day at 9.30pm, post to Slack', ['schedule', 'notify'], 'trigger', { cron: '30 21 * * *' }],
  [
    'Every day at 9am (America/New_York), post to Slack',
    ['schedule', 'notify'],
    'trigger',
    { cron: '0 9 * * *', timezone: 'America/New_York' },
  ],
  // steps
  [
    'When someone books a table, send an email using the spring-sale template',
    ['form_submission', 'send_email'],
    'send_spring_sale',
    { template: 'spring-sale' },
  ],
  [
    'When someone books a table, email them',
    ['form_submission', 'send_email'],
    'send_thank_you',
    { subject: 'Thank you, {{ trigger.form_data.name }}' },
  ],
  ['When someone books a table, let us know', ['form_submission', 'send_email'], 'email_team', { to: TEAM }],
  [
    'When someone books a table, add them to the newsletter list',
    ['form_submission', 'add_to_crm'],
    'add_to_crm',
    { list_id: 'newsletter' },
  ],
  ['When someone books a table, add the tag hot', ['form_submission', 'add_tag'], 'tag_hot', { tags: ['hot'] }],
  [
    'When someone books a table, mark them as "Big spender"',
    ['form_submission', 'add_tag'],
    'tag_big_spender',
    { tags: ['Big spender'] },
  ],
  [
    'When someone books a table, untag them as trial',
    ['form_submission', 'remove_tag'],
    'untag_trial',
    { tags: ['trial'] },
  ],
  [
    'When someone books a table, remove the newsletter tag',
    ['form_submission', 'remove_tag'],
    'untag_newsletter',
    { tags: ['newsletter'] },
  ],
  [
    'When someone books a table, give them 5 points',
    ['form_submission', 'update_lead_score'],
    'add_5_points',
    { points: 5 },
  ],
  [
    'When someone books a table, take 3 points off their score',
    ['form_submission', 'update_lead_score'],
    'remove_3_points',
    { points: -3 },
  ],
  [
    'When someone books a table, log a note "VIP"',
    ['form_submission', 'record_activity'],
    'log_note',
    { data: { text: 'VIP' } },
  ],
  [
    'When someone books a table, log the activity',
    ['form_submission', 'record_activity'],
    'log_activity',
    { activity_type: 'custom' },
  ],
  [
    'When someone books a table, record it on their timeline',
    ['form_submission', 'record_activity'],
    'log_activity',
    { activity_type: 'custom' },
  ],
  [
    'When someone books a table, forward the submission to https://example.com/in',
    ['form_submission', 'http_request'],
    'post_example_com',
    { method: 'POST' },
  ],
  [
    'When someone books a table, PATCH the data to https://example.com/in',
    ['form_submission', 'http_request'],
    'patch_example_com',
    { method: 'PATCH' },
  ],
  [
    'When someone books a table, fetch https://example.com/in',
    ['form_submission', 'http_request'],
    'get_example_com',
    { method: 'GET' },
  ],
  [
    'When someone books a table, send a Slack message to the team',
    ['form_submission', 'notify'],
    'notify_team',
    { channel: 'slack' },
  ],
  ['When someone books a table, slack the team', ['form_submission', 'notify'], 'notify_team', { channel: 'slack' }],
  [
    'When someone books a table, in a week send a follow-up email',
    ['form_submission', 'delay', 'send_email'],
    'wait_1_week',
    { duration_minutes: 10080 },
  ],
  [
    'When someone books a table, the next day send a follow-up email',
    ['form_submission', 'delay', 'send_email'],
    'wait_1_day',
    { duration_minutes: 1440 },
  ],
  [
    'When someone books a table, wait until Friday at 17:00, then send a follow-up email',
    ['form_submission', 'delay', 'send_email'],
    'wait_until_friday_at_17_00',
    { mode: 'time_of_day', time: '17:00', weekdays: ['fri'] },
  ],
  [
    'When someone books a table, until the next weekday at 8:30 send a follow-up email',
    ['form_submission', 'delay', 'send_email'],
    'wait_until_the_next_weekday_at_08_30',
    { time: '08:30', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  ],
  [
    'When someone books a table, the next morning send a follow-up email',
    ['form_submission', 'delay', 'send_email'],
    'wait_until_the_next_morning_at_09_00',
    { time: '09:00' },
  ],
  ['When someone books a table, tag them as vip, then stop here', ['form_submission', 'add_tag', 'stop'], 'stop', {}],
  ['When someone books a table, fail', ['form_submission', 'stop'], 'stop', { status: 'failure' }],
  // conditions
  [
    'When someone books a table, if the message mentions pricing tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_message',
    { conditions: [{ field: 'trigger.form_data.message', operator: 'contains', value: 'pricing' }] },
  ],
  [
    'When someone books a table, if the message includes urgent tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_message',
    { conditions: [{ operator: 'contains', value: 'urgent' }] },
  ],
  [
    'When someone books a table, if the name begins with Dr tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_name',
    { conditions: [{ operator: 'starts_with', value: 'Dr' }] },
  ],
  [
    'When someone books a table, if the message is filled in tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_message',
    { conditions: [{ operator: 'exists' }] },
  ],
  [
    'When someone books a table, if the date is given tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_date',
    { conditions: [{ field: 'trigger.form_data.date', operator: 'exists' }] },
  ],
  [
    'When someone books a table, if they left a message tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_message',
    { conditions: [{ operator: 'exists' }] },
  ],
  [
    'When someone books a table, if the message is missing tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_message',
    { conditions: [{ operator: 'not_exists' }] },
  ],
  [
    'When someone books a table, if the message is blank tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_message',
    { conditions: [{ operator: 'not_exists' }] },
  ],
  [
    'When someone books a table, if they did not give a date tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_date',
    { conditions: [{ operator: 'not_exists' }] },
  ],
  [
    'When someone books a table, if the plan is either Pro or Team tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_plan',
    { conditions: [{ operator: 'in', value: ['Pro', 'Team'] }] },
  ],
  [
    'When someone books a table, if the plan is Pro or Team tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_plan',
    { conditions: [{ operator: 'in', value: ['Pro', 'Team'] }] },
  ],
  [
    'When someone books a table, if consent is ticked tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_consent',
    { conditions: [{ operator: 'equals', value: true }] },
  ],
  [
    'When someone books a table, if consent is unchecked tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_consent',
    { conditions: [{ operator: 'equals', value: false }] },
  ],
  [
    'When someone books a table, if there are more than 8 guests tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_party_size',
    { conditions: [{ field: 'trigger.form_data.party_size', operator: 'gt', value: 8 }] },
  ],
  [
    'When someone books a table, if they picked the Pro option tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_plan',
    { conditions: [{ operator: 'equals', value: 'Pro' }] },
  ],
  [
    'When someone books a table, if they did not choose the Basic plan tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_plan',
    { conditions: [{ operator: 'not_equals', value: 'Basic' }] },
  ],
  [
    'When someone books a table, if the budget is no less than 100 tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_budget',
    { conditions: [{ operator: 'gte', value: 100 }] },
  ],
  [
    'When someone books a table, if the budget is up to 100 tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_budget',
    { conditions: [{ operator: 'lte', value: 100 }] },
  ],
  [
    'When someone books a table, if the budget exceeds 8 tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_budget',
    { conditions: [{ operator: 'gt', value: 8 }] },
  ],
  [
    'When someone books a table, if the budget is over $5000 tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_budget',
    { conditions: [{ operator: 'gt', value: 5000 }] },
  ],
  [
    'When someone books a table, if the price is over 5k tag them as x',
    ['form_submission', 'condition', 'add_tag'],
    'if_budget',
    { conditions: [{ field: 'trigger.form_data.budget', operator: 'gt', value: 5000 }] },
  ],
];

describe('the phrasings the grammar documents', () => {
  it.each(DOC_PHRASINGS)('%s', (prompt, types, id, config) => {
    const result = generated(prompt);
    expect(result.workflow.nodes.map((n) => n.type)).toEqual(types);
    expect(result.workflow.nodes.find((n) => n.id === id)?.config).toMatchObject(config);
    expectOnlyMissingProblems(result);
  });

  it('names a field after the words when there is no component', () => {
    const result = generated('When a form is submitted, if the lead source is ads tag them as paid', {});
    expect(result.workflow.nodes[1].config).toEqual({
      conditions: [{ field: 'trigger.form_data.lead_source', operator: 'equals', value: 'ads' }],
    });
    expectOnlyMissingProblems(result);
  });
});

describe('the graph', () => {
  const example =
    'When someone books a table, email them a confirmation, and if the party is bigger than 8 notify the manager on Slack, otherwise tag them as small';

  it('is the same for the same prompt', () => {
    expect(textToWorkflow(example, BOOKING)).toEqual(textToWorkflow(example, BOOKING));
  });

  it('has unique readable ids, human names, and branches laid out side by side', () => {
    const { workflow } = generated(example);
    const ids = workflow.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of workflow.nodes) {
      expect(node.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(node.name).toMatch(/^[A-Z]/);
      expect(node.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    }
    const at = (id: string) => workflow.nodes.find((n) => n.id === id)!.position!;
    expect(at('notify_manager').x).toBeLessThan(at('if_party_size').x);
    expect(at('tag_small').x).toBeGreaterThan(at('if_party_size').x);
    expect(at('notify_manager').y).toBe(at('tag_small').y);
    expect(at('if_party_size').y).toBeGreaterThan(at('send_confirmation').y);
    expect(workflow.name).toBe(
      'Booking form: send booking confirmation, if party size is greater than 8, notify the manager on Slack, …',
    );
  });

  it('summarises the submission for the team with expressions of the form fields', () => {
    const { workflow } = generated('When someone books a table, if the party is bigger than 8, email the team');
    const email = workflow.nodes.find((n) => n.id === 'email_team')!;
    expect(email.config.to).toBe(TEAM);
    expect(email.config.html).toContain('<p>New booking form submission (party size is greater than 8):</p>');
    expect(email.config.html).toContain(
      '<tr><td><strong>Party size</strong></td><td>{{ trigger.form_data.party_size }}</td></tr>',
    );
  });

  it('keeps what the prompt says as data: expressions in a prompt are refused, HTML in labels is escaped', () => {
    const injected = textToWorkflow('When someone books a table, tag them as "{{ $eval(\'1\') }}"', BOOKING);
    expect(injected).toMatchObject({ ok: false, not_understood: [expect.stringContaining('$eval')] });
    const labelled: ComponentContext = {
      ...booking,
      fields: [{ name: 'note', type: 'text', label: '<b>{{ steps }}</b>' }],
    };
    const { workflow } = generated('When someone books a table, email the team', { component: labelled, site });
    const html = String(workflow.nodes[1].config.html);
    expect(html).toContain('<strong>&lt;b&gt; steps &lt;/b&gt;</strong>');
  });
});

describe('prompts it does not understand', () => {
  const refused = (prompt: string, options: TextToWorkflowOptions = BOOKING) => {
    const result = textToWorkflow(prompt, options);
    if (result.ok) throw new Error(`understood: ${result.summary}`);
    return result;
  };

  it('names the clause it did not understand, and the ones it did', () => {
    const result = refused('When someone books a table, email them a confirmation, then fly to the moon');
    expect(result.understood).toEqual(['When someone books a table', 'email them a confirmation']);
    expect(result.not_understood).toEqual(['fly to the moon']);
    expect(result.message).toBe('I did not understand: "fly to the moon".');
  });

  it.each([
    ['When someone books a table, if the colour is red tag them as red', 'the form has no field like "colour"'],
    ['When someone books a table, add 5000 points', 'at most 1000 points'],
    ['When someone books a table, call https://user:secret@example.com/x', 'no user or password'],
    ['Every weekday at 8am in Mars/Olympus, post to Slack', '"Mars/Olympus" is not a time zone'],
    ['Every day at 9am, tag them as vip', 'a scheduled run is about no contact'],
    ['When someone books a table, otherwise tag them as cold', '"otherwise" needs an "if"'],
    ['When someone books a table, if the plan is Pro.', 'no step says what to do'],
    ['When someone books a table, stop, then email them a confirmation', 'nothing can follow "stop"'],
    ['When someone books a table, every day at 9am, email the team', 'already has a trigger'],
    ['When the event crm.nothing.happened.v1 happens, post to Slack', 'no platform event crm.nothing.happened.v1'],
    ['When a contact is created, email them', 'name the email to send'],
  ])('%s', (prompt, reason) => {
    expect(refused(prompt).message).toContain(reason);
  });

  it('asks for a trigger, for a step, and for a shorter prompt', () => {
    expect(refused('Email them a confirmation').message).toMatch(/^Say when the workflow starts/);
    expect(refused('When someone books a table').message).toMatch(/^Say what the workflow should do/);
    expect(refused('').message).toMatch(/^Describe the workflow/);
    const long = refused(`When someone books a table, ${'email them a confirmation, '.repeat(80)}`);
    expect(long.message).toContain(`longer than ${PROMPT_MAX_LENGTH} characters`);
  });

  it('reads a long prompt quickly', () => {
    // Clauses of 20 words that almost read: every split of each is tried.
    const words =
      'if the party is bigger than 8 notify the manager on slack email them tag as vip wait until monday at';
    const prompt = `${words}, `.repeat(30).slice(0, PROMPT_MAX_LENGTH);
    const started = Date.now();
    expect(textToWorkflow(prompt).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('clauses', () => {
  it('split at commas, "and", "then", "after that", "also" and sentences; not inside numbers, times, URLs or lists', () => {
    const clauses = splitClauses(
      'Every Monday at 9:30, if budget is at least 5,000 and the plan is one of Basic, Pro or Team then call https://x.example/a?b=1. After that, also tag them as vip',
    );
    expect(clauses.map((c) => [c.text, c.sentenceStart])).toEqual([
      ['Every Monday at 9:30', true],
      ['if budget is at least 5,000', false],
      ['the plan is one of Basic, Pro or Team', false],
      ['call https://x.example/a?b=1', false],
      ['tag them as vip', true],
    ]);
  });
});
