import type { EmailStatsView, RecommendationView, WorkflowAnalyticsView, WorkflowView } from '@mab/contracts';

/** Fewer runs than this say nothing reliable about a rate. */
const MIN_RUNS = 10;
const MIN_SENDS = 20;
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

const pct = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/**
 * Concrete advice from a workflow's own figures: every recommendation names the node (when it is about one), says
 * what to change, and carries the figure that triggered it. Thresholds need enough runs to mean something.
 */
export function workflowRecommendations(
  workflow: WorkflowView,
  analytics: WorkflowAnalyticsView,
  email: EmailStatsView | null,
  days: number,
): RecommendationView[] {
  const out: RecommendationView[] = [];
  const configOf = (id: string) =>
    (workflow.nodes.find((n) => n.id === id)?.config ?? {}) as {
      timeout_ms?: number;
      retry?: { max_attempts?: number };
      continue_on_fail?: boolean;
    };

  if (analytics.executions === 0) {
    out.push({
      code: workflow.active ? 'no_executions' : 'inactive',
      severity: workflow.active ? 'warning' : 'info',
      node: null,
      message: workflow.active
        ? `No execution in ${days} days: check that its trigger's component is on a published page, or test it with POST /api/workflows/${workflow.id}/test`
        : `The workflow is not active, so nothing starts it: activate it when it is ready`,
      figure: { name: 'executions', value: 0, unit: 'count' },
    });
    return out;
  }

  const finished = analytics.completed + analytics.failed + analytics.cancelled;
  if (analytics.success_rate !== null && finished >= MIN_RUNS && analytics.success_rate < 0.95) {
    out.push({
      code: 'low_success_rate',
      severity: analytics.success_rate < 0.8 ? 'critical' : 'warning',
      node: null,
      message: `Only ${pct(analytics.success_rate)} of executions complete: fix the failing nodes below, then re-run the failed executions from their failed step`,
      figure: { name: 'success_rate', value: analytics.success_rate, unit: 'ratio' },
    });
  }

  for (const node of analytics.nodes) {
    if (node.runs < MIN_RUNS) continue;
    const failureRate = ratio(node.failures, node.runs);
    const config = configOf(node.node_id);
    if (failureRate >= 0.05) {
      const severity = failureRate >= 0.2 ? 'critical' : 'warning';
      const figure = { name: 'failure_rate', value: failureRate, unit: 'ratio' };
      if (node.timeouts >= node.failures / 2) {
        const timeout = config.timeout_ms ?? 10_000;
        out.push({
          code: 'raise_timeout',
          severity,
          node: node.node_id,
          message: `The ${node.node_type} node ${node.node_id} fails ${pct(failureRate)} of the time with timeouts: raise its timeout (now ${timeout} ms, try ${Math.min(timeout * 2, 120_000)} ms) or add retries`,
          figure,
        });
      } else if (node.server_errors >= node.failures / 2) {
        const attempts = config.retry?.max_attempts ?? 10;
        out.push({
          code: 'server_errors',
          severity,
          node: node.node_id,
          message: `The ${node.node_type} node ${node.node_id} fails ${pct(failureRate)} of the time on 5xx answers even after ${attempts} attempts: the service it calls is unhealthy; raise retry.max_delay_ms to ride out outages, or set continue_on_fail if the rest of the workflow can go on without it`,
          figure,
        });
      } else if (node.client_errors >= node.failures / 2) {
        out.push({
          code: 'client_errors',
          severity,
          node: node.node_id,
          message: `The ${node.node_type} node ${node.node_id} fails ${pct(failureRate)} of the time on 4xx answers, which are not retried: check its URL, authentication and body against what the receiver expects`,
          figure,
        });
      } else {
        out.push({
          code: 'node_failures',
          severity,
          node: node.node_id,
          message: `The ${node.node_type} node ${node.node_id} fails ${pct(failureRate)} of the time: open a failed execution to read its error${config.continue_on_fail ? '' : ', and consider continue_on_fail if the rest can go on without it'}`,
          figure,
        });
      }
    }
    const retriesPerRun = ratio(node.retries, node.runs);
    if (retriesPerRun >= 0.3 && failureRate < 0.05) {
      out.push({
        code: 'flaky_node',
        severity: 'info',
        node: node.node_id,
        message: `The ${node.node_type} node ${node.node_id} succeeds but needs ${retriesPerRun.toFixed(2)} retries per run: its target is flaky, which delays every execution by the backoff`,
        figure: { name: 'retries_per_run', value: retriesPerRun, unit: 'count' },
      });
    }
    if (node.p95_duration_ms !== null && node.p95_duration_ms > 5_000 && node.node_type !== 'delay') {
      out.push({
        code: 'slow_node',
        severity: 'info',
        node: node.node_id,
        message: `The ${node.node_type} node ${node.node_id} takes ${Math.round(node.p95_duration_ms)} ms at p95: the slowest step of the workflow`,
        figure: { name: 'p95_duration_ms', value: node.p95_duration_ms, unit: 'ms' },
      });
    }
  }

  if (email && email.sent >= MIN_SENDS) {
    const delivered = email.delivered || email.sent;
    const openRate = ratio(email.opened, delivered);
    const clickRate = ratio(email.clicked, email.opened || 1);
    const bounceRate = ratio(email.bounced, email.sent);
    if (bounceRate >= 0.05) {
      out.push({
        code: 'high_bounce_rate',
        severity: bounceRate >= 0.1 ? 'critical' : 'warning',
        node: emailNode(workflow),
        message: `${pct(bounceRate)} of its emails bounce: add a condition on the email field before sending, or confirm addresses with a double opt-in; providers throttle senders who bounce this much`,
        figure: { name: 'bounce_rate', value: bounceRate, unit: 'ratio' },
      });
    }
    if (openRate < 0.2) {
      out.push({
        code: 'low_open_rate',
        severity: 'warning',
        node: emailNode(workflow),
        message: `Its emails are opened ${pct(openRate)} of the time: test other subject lines (POST /api/ai/generate-email gives variants) and send at the contact's best time (a delay until a time of day)`,
        figure: { name: 'open_rate', value: openRate, unit: 'ratio' },
      });
    }
    if (email.opened >= MIN_SENDS && clickRate < 0.05) {
      out.push({
        code: 'low_click_rate',
        severity: 'info',
        node: emailNode(workflow),
        message: `Only ${pct(clickRate)} of opened emails get a click: make one call to action stand out, near the top`,
        figure: { name: 'click_to_open_rate', value: clickRate, unit: 'ratio' },
      });
    }
  }

  if (
    analytics.p95_duration_ms !== null &&
    analytics.avg_duration_ms &&
    analytics.p95_duration_ms > 10 * analytics.avg_duration_ms &&
    analytics.completed >= MIN_RUNS
  ) {
    out.push({
      code: 'long_tail',
      severity: 'info',
      node: null,
      message: `Its slowest executions (p95 ${Math.round(analytics.p95_duration_ms)} ms) take over ten times the average (${Math.round(analytics.avg_duration_ms)} ms): retries of a failing step are the usual cause`,
      figure: { name: 'p95_duration_ms', value: analytics.p95_duration_ms, unit: 'ms' },
    });
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function emailNode(workflow: WorkflowView): string | null {
  return workflow.nodes.find((n) => n.type === 'send_email')?.id ?? null;
}
