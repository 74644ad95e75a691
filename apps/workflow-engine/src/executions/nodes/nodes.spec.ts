import type { NodeRun } from './node-outcome';
import { runDelayNode, wakeTime } from './delay-node';
import { HttpNodes } from './http-nodes';
import { runLogicNode } from './logic-nodes';

const run = (type: string, config: Record<string, unknown>, context: Record<string, unknown> = {}): NodeRun => ({
  node: { id: 'n', type, config },
  config,
  context: { trigger: {}, steps: {}, ...context },
  executionId: 'e',
  workspaceId: 'w',
  workflowId: 'f',
  stepKey: 'n',
  attempt: 1,
  resumed: false,
  state: null,
  inputs: [],
  simulate: false,
});

describe('workflow nodes', () => {
  it('waits until the next time of day in a time zone, on the given weekdays (DST included)', () => {
    // Friday 2027-03-26 18:00 UTC = 19:00 in Paris (CET); the next 09:00 on a weekday is Monday the 29th, after
    // the switch to summer time (CEST, UTC+2): 07:00 UTC.
    const now = new Date('2027-03-26T18:00:00Z');
    const next = wakeTime(
      { mode: 'time_of_day', time: '09:00', timezone: 'Europe/Paris', weekdays: ['mon', 'tue'] },
      now,
    );
    expect(next.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(wakeTime({ mode: 'duration', duration_minutes: 90 }, now).toISOString()).toBe('2027-03-26T19:30:00.000Z');
    expect(wakeTime({ mode: 'until', until: '2027-04-01T10:00:00+02:00' }, now).toISOString()).toBe(
      '2027-04-01T08:00:00.000Z',
    );
    expect(runDelayNode(run('delay', { duration_seconds: 30 }), now)).toMatchObject({ kind: 'wait' });
    expect(runDelayNode(run('delay', { until: '2020-01-01T00:00:00Z', mode: 'until' }), now)).toMatchObject({
      kind: 'done',
    });
  });

  it('switches by the first case that holds, else default', () => {
    const cases = [
      { output: 'enterprise', conditions: [{ field: 'trigger.seats', operator: 'gte', value: 100 }] },
      { output: 'team', conditions: [{ field: 'trigger.seats', operator: 'gte', value: 5 }] },
    ];
    const pick = (seats: unknown) => runLogicNode(run('switch', { cases }, { trigger: { seats } }));
    expect(pick('250')).toMatchObject({ kind: 'done', outputs: ['enterprise'] });
    expect(pick(12)).toMatchObject({ outputs: ['team'] });
    expect(pick(1)).toMatchObject({ outputs: ['default'] });
    expect(pick(undefined)).toMatchObject({ outputs: ['default'] });
  });

  it('speaks Slack and Discord incoming-webhook formats', async () => {
    const nodes = new HttpNodes({} as never);
    const slack = await nodes.run({
      ...run('notify', {
        channel: 'slack',
        webhook_url: 'https://hooks.slack.com/x',
        title: 'Hot lead',
        text: 'Ada, 120 points',
      }),
      simulate: true,
    });
    expect(slack).toMatchObject({ output: { would_post: { payload: { text: '*Hot lead*\nAda, 120 points' } } } });
    const discord = await nodes.run({
      ...run('notify', {
        channel: 'discord',
        webhook_url: 'https://discord.com/api/webhooks/1/x',
        text: '@everyone hi',
      }),
      simulate: true,
    });
    expect(discord).toMatchObject({
      output: { would_post: { payload: { content: '@everyone hi', allowed_mentions: { parse: [] } } } },
    });
  });
});
