import type { WorkflowGraph } from '../graph';
import { NODE_TYPES } from '../node-catalogue';
import { toJsonSchema, withoutSecrets } from '../config-schema';
import { graphToSeed, seedToGraph, type SeedWorkflow } from '../seed-shape';
import { validateWorkflow, type WorkflowProblem } from '../validate-workflow';

const FORM = '6f1c2b9e-8a53-4f0e-9f3c-1c2d3e4f5a6b';

const seed: SeedWorkflow = {
  trigger: { type: 'form_submission', component_id: FORM, conditions: [] },
  actions: [
    { type: 'send_email', template_id: 'welcome-email', delay: 0 },
    { type: 'add_to_crm', list_id: 'prospects', delay: 0 },
  ],
};

const graph = (nodes: WorkflowGraph['nodes'], edges: WorkflowGraph['edges']): WorkflowGraph => ({ nodes, edges });
const trigger = { id: 'trigger', type: 'form_submission', config: { component_id: FORM } };
const problemsOf = (g: WorkflowGraph) => validateWorkflow(g);
const expectProblem = (problems: WorkflowProblem[], expected: Partial<WorkflowProblem> & { message?: any }) =>
  expect(problems).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));

describe('the seed shape', () => {
  it('is the equivalent graph: trigger, then each action, a delay node before a delayed action', () => {
    const g = seedToGraph({
      ...seed,
      actions: [...seed.actions, { type: 'send_email', template_id: 'follow-up', delay: 2880 }],
    });
    expect(g.nodes.map((n) => [n.id, n.type])).toEqual([
      ['trigger', 'form_submission'],
      ['send_email', 'send_email'],
      ['add_to_crm', 'add_to_crm'],
      ['wait', 'delay'],
      ['send_email_2', 'send_email'],
    ]);
    expect(g.nodes[3].config).toEqual({ duration_minutes: 2880 });
    expect(g.edges.map((e) => `${e.source}->${e.target}`)).toEqual([
      'trigger->send_email',
      'send_email->add_to_crm',
      'add_to_crm->wait',
      'wait->send_email_2',
    ]);
    expect(validateWorkflow(g)).toEqual([]);
  });

  it('comes back from a linear graph, and not from a branching one', () => {
    const withDelay: SeedWorkflow = {
      ...seed,
      actions: [
        ...seed.actions,
        { type: 'condition', conditions: [{ field: 'trigger.form_data.budget', operator: 'gt', value: 1000 }] },
        {
          type: 'notify',
          channel: 'slack',
          webhook_url: 'https://hooks.slack.com/services/T/B/X',
          text: 'Big lead',
          delay: 5,
        },
      ],
    };
    const g = seedToGraph(withDelay);
    expect(validateWorkflow(g)).toEqual([]);
    expect(g.edges.find((e) => e.source === 'condition')?.source_output).toBe('true');
    expect(graphToSeed(g)).toEqual({
      trigger: withDelay.trigger,
      actions: withDelay.actions.map((a) => ({ ...a, delay: a.delay ?? 0 })),
    });
    const branching = seedToGraph(seed);
    branching.edges.push({ source: 'trigger', target: 'add_to_crm' });
    expect(graphToSeed(branching)).toBeNull();
  });
});

describe('workflow validation names the node and the field', () => {
  it('accepts a full graph with branches, a loop, parallel branches and a merge', () => {
    const g = graph(
      [
        trigger,
        {
          id: 'big',
          type: 'condition',
          config: { conditions: [{ field: 'trigger.form_data.party_size', operator: 'gt', value: 8 }] },
        },
        {
          id: 'notify_manager',
          type: 'notify',
          config: {
            channel: 'slack',
            webhook_url: 'https://hooks.slack.com/x',
            text: 'Party of {{ trigger.form_data.party_size }}',
          },
        },
        { id: 'items', type: 'loop', config: { items: '{{ trigger.form_data.guests }}' } },
        { id: 'tag_guest', type: 'add_tag', config: { email: '{{ item.email }}', tags: ['guest'] } },
        { id: 'fan_out', type: 'parallel', config: {} },
        { id: 'email', type: 'send_email', config: { template: 'booking-confirmation' } },
        { id: 'crm', type: 'add_to_crm', config: {} },
        { id: 'join', type: 'merge', config: { mode: 'all' } },
        {
          id: 'done',
          type: 'stop',
          config: { status: 'success', message: 'Contact {{ steps.crm.output.contact.id }}' },
        },
      ],
      [
        { source: 'trigger', target: 'big' },
        { source: 'big', source_output: 'true', target: 'notify_manager' },
        { source: 'big', source_output: 'false', target: 'items' },
        { source: 'notify_manager', target: 'items' },
        { source: 'items', source_output: 'loop', target: 'tag_guest' },
        { source: 'tag_guest', target: 'items' },
        { source: 'items', source_output: 'done', target: 'fan_out' },
        { source: 'fan_out', target: 'email' },
        { source: 'fan_out', target: 'crm' },
        { source: 'email', target: 'join' },
        { source: 'crm', target: 'join' },
        { source: 'join', target: 'done' },
      ],
    );
    expect(validateWorkflow(g)).toEqual([]);
  });

  it('refuses an unknown node type', () => {
    expectProblem(
      problemsOf(graph([trigger, { id: 'x', type: 'teleport', config: {} }], [{ source: 'trigger', target: 'x' }])),
      {
        node: 'x',
        field: 'type',
      },
    );
  });

  it('refuses missing and wrong config, naming the field', () => {
    const problems = problemsOf(
      graph(
        [
          trigger,
          { id: 'mail', type: 'send_email', config: { subject: 42, category: 'spam' } },
          { id: 'score', type: 'update_lead_score', config: { points: 5000, colour: 'red' } },
          { id: 'call', type: 'http_request', config: { url: 'ftp://example.com' } },
        ],
        [
          { source: 'trigger', target: 'mail' },
          { source: 'mail', target: 'score' },
          { source: 'score', target: 'call' },
        ],
      ),
    );
    expectProblem(problems, { node: 'mail', field: 'config.subject', message: 'must be text' });
    expectProblem(problems, { node: 'mail', field: 'config.category' });
    expectProblem(problems, { node: 'score', field: 'config.points', message: 'must be at most 1000' });
    expectProblem(problems, { node: 'score', field: 'config.colour', message: 'is not a known setting' });
    expectProblem(problems, { node: 'call', field: 'config.url' });
    const missing = problemsOf(
      graph(
        [
          { id: 'trigger', type: 'form_submission', config: {} },
          { id: 'mail', type: 'send_email', config: {} },
        ],
        [{ source: 'trigger', target: 'mail' }],
      ),
    );
    expectProblem(missing, { node: 'trigger', field: 'config.component_id', message: 'is required' });
    expectProblem(missing, { node: 'mail', field: 'config.template' });
  });

  it('refuses an expression that does not parse, or reads a step that does not run before', () => {
    const problems = problemsOf(
      graph(
        [
          trigger,
          {
            id: 'mail',
            type: 'send_email',
            config: { template: 'welcome-email', to: '{{ trigger.form_data.email ( }}' },
          },
          {
            id: 'crm',
            type: 'add_to_crm',
            config: { name: '{{ steps.later.output.name }}', email: '{{ steps.nowhere.output }}' },
          },
          { id: 'later', type: 'set', config: { values: { name: 'x' } } },
        ],
        [
          { source: 'trigger', target: 'mail' },
          { source: 'mail', target: 'crm' },
          { source: 'crm', target: 'later' },
        ],
      ),
    );
    expectProblem(problems, { node: 'mail', field: 'config.to', message: expect.stringContaining('does not parse') });
    const refs = problemsOf(
      graph(
        [
          trigger,
          {
            id: 'crm',
            type: 'add_to_crm',
            config: { name: '{{ steps.later.output.name }}', email: '{{ steps.nowhere.output }}' },
          },
          { id: 'later', type: 'set', config: { values: { name: 'x' } } },
        ],
        [
          { source: 'trigger', target: 'crm' },
          { source: 'crm', target: 'later' },
        ],
      ),
    );
    expectProblem(refs, { node: 'crm', field: 'config.name', message: expect.stringContaining('does not run before') });
    expectProblem(refs, { node: 'crm', field: 'config.email', message: expect.stringContaining('no node nowhere') });
  });

  it('wants exactly one trigger', () => {
    expectProblem(problemsOf(graph([{ id: 'a', type: 'set', config: { values: {} } }], [])), {
      field: 'nodes',
      message: expect.stringContaining('needs a trigger'),
    });
    expectProblem(problemsOf(graph([trigger, { id: 'other', type: 'manual', config: {} }], [])), {
      field: 'nodes',
      message: expect.stringContaining('exactly one trigger'),
    });
  });

  it('refuses an unreachable node and a cycle outside a loop', () => {
    const orphan = problemsOf(graph([trigger, { id: 'alone', type: 'add_to_crm', config: {} }], []));
    expectProblem(orphan, { node: 'alone', field: 'edges', message: 'cannot be reached from the trigger' });
    const cycle = problemsOf(
      graph(
        [trigger, { id: 'a', type: 'add_to_crm', config: {} }, { id: 'b', type: 'add_tag', config: { tags: ['x'] } }],
        [
          { source: 'trigger', target: 'a' },
          { source: 'a', target: 'b' },
          { source: 'b', target: 'a' },
        ],
      ),
    );
    expectProblem(cycle, { field: 'edges', message: expect.stringContaining('cycle') });
  });

  it('refuses edges by outputs a node does not have, to unknown nodes, and into the trigger', () => {
    const problems = problemsOf(
      graph(
        [
          trigger,
          { id: 'check', type: 'condition', config: { expression: '{{ true }}' } },
          { id: 'end', type: 'stop', config: {} },
          { id: 'crm', type: 'add_to_crm', config: {} },
        ],
        [
          { source: 'trigger', target: 'check' },
          { source: 'check', source_output: 'maybe', target: 'crm' },
          { source: 'check', source_output: 'true', target: 'end' },
          { source: 'end', target: 'crm' },
          { source: 'crm', target: 'trigger' },
          { source: 'crm', target: 'ghost' },
        ],
      ),
    );
    expectProblem(problems, {
      node: 'check',
      field: 'edges[1].source_output',
      message: expect.stringContaining('true, false'),
    });
    expectProblem(problems, {
      node: 'end',
      field: 'edges[3].source_output',
      message: expect.stringContaining('ends the run'),
    });
    expectProblem(problems, { node: 'trigger', field: 'edges[4].target' });
    expectProblem(problems, { field: 'edges[5].target' });
  });

  it('checks cron expressions and time zones, switch cases and duplicated ids', () => {
    const problems = problemsOf(
      graph(
        [
          { id: 'trigger', type: 'schedule', config: { cron: '61 * * * *', timezone: 'Europe/Paris' } },
          {
            id: 'route',
            type: 'switch',
            config: { cases: [{ output: 'vip', expression: '{{ true }}' }, { output: 'vip' }] },
          },
          { id: 'route', type: 'set', config: { values: {} } },
        ],
        [{ source: 'trigger', target: 'route' }],
      ),
    );
    expectProblem(problems, { node: 'trigger', field: 'config.cron' });
    expectProblem(problems, { node: 'route', field: 'config.cases[1].output' });
    expectProblem(problems, { node: 'route', field: 'config.cases[1]', message: 'give conditions or an expression' });
    expectProblem(problems, { node: 'route', field: 'id', message: 'is used by another node' });
    expectProblem(
      problemsOf(
        graph([{ id: 'trigger', type: 'schedule', config: { cron: '0 9 * * 1-5', timezone: 'Mars/Olympus' } }], []),
      ),
      { node: 'trigger', field: 'config.timezone' },
    );
    expect(
      problemsOf(
        graph([{ id: 'trigger', type: 'schedule', config: { cron: '0 9 * * 1-5', timezone: 'America/New_York' } }], []),
      ),
    ).toEqual([]);
  });
});

describe('the node catalogue', () => {
  it('gives every node type a JSON schema, and keeps secrets out of exports', () => {
    for (const type of NODE_TYPES) {
      const schema = toJsonSchema(type.config);
      expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    }
    const webhook = NODE_TYPES.find((t) => t.type === 'webhook')!;
    expect(
      withoutSecrets(webhook.config, { auth: 'header', header_name: 'X-Key', secret: 'a-very-long-secret-value' }),
    ).toEqual({
      auth: 'header',
      header_name: 'X-Key',
    });
    const http = NODE_TYPES.find((t) => t.type === 'http_request')!;
    expect(
      withoutSecrets(http.config, { url: 'https://api.example.com', auth: { type: 'bearer', token: 'secret-token' } }),
    ).toEqual({ url: 'https://api.example.com', auth: { type: 'bearer' } });
  });
});
