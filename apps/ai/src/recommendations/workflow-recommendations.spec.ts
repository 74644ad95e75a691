import type { WorkflowAnalyticsView, WorkflowNodeStatsView, WorkflowView } from '@mab/contracts';
import { workflowRecommendations } from './workflow-recommendations';

const workflow = (nodes: { id: string; type: string; config?: object }[], active = true) =>
  ({
    id: 'w',
    name: 'W',
    active,
    nodes: nodes.map((n) => ({ config: {}, ...n })),
    edges: [],
  }) as unknown as WorkflowView;

const node = (over: Partial<WorkflowNodeStatsView>): WorkflowNodeStatsView => ({
  node_id: 'call',
  node_type: 'http_request',
  runs: 100,
  failures: 0,
  retries: 0,
  timeouts: 0,
  server_errors: 0,
  client_errors: 0,
  avg_duration_ms: 100,
  p95_duration_ms: 200,
  ...over,
});

const analytics = (
  nodes: WorkflowNodeStatsView[],
  over: Partial<WorkflowAnalyticsView> = {},
): WorkflowAnalyticsView => ({
  workflow_id: 'w',
  from: '2026-10-21T00:00:00Z',
  to: '2026-11-20T00:00:00Z',
  executions: 100,
  completed: 100,
  failed: 0,
  cancelled: 0,
  running: 0,
  success_rate: 1,
  avg_duration_ms: 300,
  p95_duration_ms: 600,
  per_day: [],
  nodes,
  ...over,
});

describe('workflow recommendations', () => {
  it('says to raise the timeout of a node failing with timeouts, with its rate and current timeout', () => {
    const [first, ...rest] = workflowRecommendations(
      workflow([{ id: 'call', type: 'http_request', config: { timeout_ms: 5000 } }]),
      analytics([node({ failures: 12, timeouts: 10 })], { completed: 88, failed: 12, success_rate: 0.88 }),
      null,
      30,
    );
    const all = [first, ...rest];
    expect(all.find((r) => r.code === 'raise_timeout')).toMatchObject({
      node: 'call',
      severity: 'warning',
      figure: { name: 'failure_rate', value: 0.12, unit: 'ratio' },
    });
    expect(all.find((r) => r.code === 'raise_timeout')!.message).toContain('fails 12% of the time with timeouts');
    expect(all.find((r) => r.code === 'raise_timeout')!.message).toContain('now 5000 ms');
    expect(all.find((r) => r.code === 'low_success_rate')).toBeDefined();
  });

  it('tells 4xx from 5xx failures, spots flaky and slow nodes, and weak email figures', () => {
    const recs = workflowRecommendations(
      workflow([
        { id: 'a', type: 'http_request' },
        { id: 'b', type: 'http_request' },
        { id: 'c', type: 'http_request' },
        { id: 'mail', type: 'send_email' },
      ]),
      analytics([
        node({ node_id: 'a', failures: 30, client_errors: 30 }),
        node({ node_id: 'b', failures: 6, server_errors: 6 }),
        node({ node_id: 'c', retries: 50, p95_duration_ms: 9000 }),
      ]),
      { sent: 200, delivered: 180, opened: 20, clicked: 0, bounced: 20, suppressed: 0 },
      30,
    );
    const by = (code: string) => recs.find((r) => r.code === code);
    expect(by('client_errors')).toMatchObject({ node: 'a', severity: 'critical' });
    expect(by('server_errors')).toMatchObject({ node: 'b', severity: 'warning' });
    expect(by('flaky_node')).toMatchObject({ node: 'c', figure: { name: 'retries_per_run', value: 0.5 } });
    expect(by('slow_node')).toMatchObject({ node: 'c', figure: { value: 9000, unit: 'ms' } });
    expect(by('high_bounce_rate')).toMatchObject({ node: 'mail', figure: { value: 0.1 } });
    expect(by('low_open_rate')).toMatchObject({ figure: { name: 'open_rate', value: 0.1111 } });
    expect(recs[0].severity).toBe('critical');
  });

  it('says nothing about rates from too few runs, and notices a workflow nothing starts', () => {
    expect(workflowRecommendations(workflow([]), analytics([node({ runs: 5, failures: 5 })]), null, 30)).toEqual([]);
    expect(workflowRecommendations(workflow([], false), analytics([], { executions: 0 }), null, 30)).toEqual([
      expect.objectContaining({ code: 'inactive', figure: { name: 'executions', value: 0, unit: 'count' } }),
    ]);
  });
});
