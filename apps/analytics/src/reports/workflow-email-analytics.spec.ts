import { randomUUID } from 'node:crypto';
import type { EmailSendEventV1, ExecutionFinishedV1, MessageEnvelope } from '@mab/contracts';
import type { EventContext } from '@mab/messaging';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startAnalytics } from '../__tests__/analytics-harness';
import { EmailFactsHandlers } from '../email-facts/email-facts.handlers';
import { WorkflowFactsHandlers } from '../workflow-facts/workflow-facts.handlers';
import { EmailReport } from './email-report';
import { WorkflowReport } from './workflow-report';

/**
 * Workflow and email analytics from the engine's and the crm's events, against a real database: a re-run that
 * completes a failed execution moves it, late and repeated events change nothing twice, durations give a p95, and
 * machine opens stay out of open rates.
 */
describe('workflow and email analytics from events', () => {
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let cleanup: () => Promise<void>;
  const workspace = randomUUID();

  const deliver = <T>(handler: (event: T, ctx: EventContext) => Promise<void>, event: T, occurredAt = new Date()) =>
    dataSource.transaction((manager) =>
      handler(event, {
        manager,
        attempt: 1,
        envelope: { workspace_id: workspace, occurred_at: occurredAt.toISOString() } as MessageEnvelope,
      }),
    );

  beforeAll(async () => {
    const harness = await startAnalytics('analytics-flows');
    ({ app, dataSource } = harness);
    cleanup = harness.close;
  }, 60_000);

  afterAll(() => cleanup?.());

  it('counts executions by their latest end, with a p95 from the duration histogram', async () => {
    const flows = app.get(WorkflowFactsHandlers);
    const workflow = randomUUID();
    const startedAt = '2026-04-01T10:00:00.000Z';
    const finish = (executionId: string, status: 'completed' | 'failed', durationMs: number, finishedAt: string) =>
      ({
        execution_id: executionId,
        workflow_id: workflow,
        version: 1,
        status,
        started_at: startedAt,
        finished_at: finishedAt,
        duration_ms: durationMs,
        error: null,
      }) as ExecutionFinishedV1;
    for (let i = 0; i < 20; i++) {
      const id = randomUUID();
      // Ends may arrive before the start, and twice.
      const end = finish(id, 'completed', (i + 1) * 100, '2026-04-01T10:00:05.000Z');
      await deliver((e, c) => flows.completed(e, c), end);
      await deliver((e, c) => flows.started(e, c), {
        execution_id: id,
        workflow_id: workflow,
        version: 1,
        trigger_type: 'manual',
        mode: 'manual' as const,
        started_at: startedAt,
      });
      await deliver((e, c) => flows.completed(e, c), end);
    }
    const rerun = randomUUID();
    await deliver((e, c) => flows.failed(e, c), finish(rerun, 'failed', 50, '2026-04-01T10:00:01.000Z'));
    await deliver((e, c) => flows.completed(e, c), finish(rerun, 'completed', 9000, '2026-04-01T11:00:00.000Z'));
    // The failure again, late: older than the end held, it changes nothing.
    await deliver((e, c) => flows.failed(e, c), finish(rerun, 'failed', 50, '2026-04-01T10:00:01.000Z'));
    const broken = randomUUID();
    await deliver((e, c) => flows.failed(e, c), finish(broken, 'failed', 10, '2026-04-01T10:00:01.000Z'));

    const window = { from: '2026-04-01T00:00:00Z', to: '2026-04-02T00:00:00Z' };
    const report = await app.get(WorkflowReport).all(window, workspace);
    expect(report.workflows).toEqual([
      expect.objectContaining({
        workflow_id: workflow,
        executions: 22,
        completed: 21,
        failed: 1,
        success_rate: 0.9545,
      }),
    ]);
    const [row] = report.workflows;
    expect(row.avg_duration_ms).toBe(Math.round((21_000 + 9000) / 21));
    // The 20th fastest of 21: 2,000 ms (the histogram's bin is within 7.5%).
    expect(row.p95_duration_ms).toBeGreaterThan(1850);
    expect(row.p95_duration_ms).toBeLessThan(2150);
    expect(report.totals).toMatchObject({ executions: 22, completed: 21, failed: 1 });
  });

  it('counts unique and total opens and clicks once each, and keeps machine opens out of the rates', async () => {
    const emails = app.get(EmailFactsHandlers);
    const workflow = randomUUID();
    const at = new Date('2026-04-02T09:00:00Z');
    const sends = Array.from({ length: 10 }, () => randomUUID());
    const happening = (sendId: string, extra: Partial<EmailSendEventV1> = {}) =>
      ({
        send_id: sendId,
        contact_id: null,
        template: 'welcome-email',
        category: 'marketing',
        workflow_id: workflow,
        occurred_at: at.toISOString(),
        ...extra,
      }) as EmailSendEventV1;
    for (const id of sends) {
      const sent = {
        send_id: id,
        contact_id: null,
        template: 'welcome-email',
        category: 'marketing' as const,
        workflow_id: workflow,
        provider: 'sink',
      };
      await deliver((e, c) => emails.sent(e, c), sent, at);
      await deliver((e, c) => emails.sent(e, c), sent, at);
      await deliver((e, c) => emails.delivered(e, c), happening(id));
      await deliver((e, c) => emails.opened(e, c), happening(id, { machine: true }));
    }
    // Four people open (one of them three times), two click (one twice), one bounces, one unsubscribes.
    for (const id of [sends[0], sends[0], sends[0], sends[1], sends[2], sends[3]])
      await deliver((e, c) => emails.opened(e, c), happening(id));
    for (const id of [sends[0], sends[0], sends[1]]) await deliver((e, c) => emails.clicked(e, c), happening(id));
    await deliver((e, c) => emails.bounced(e, c), happening(sends[9], { bounce_type: 'hard' }));
    await deliver((e, c) => emails.unsubscribed(e, c), happening(sends[8]));

    const report = await app
      .get(EmailReport)
      .read({ from: '2026-04-02T00:00:00Z', to: '2026-04-03T00:00:00Z', group_by: 'workflow' }, workspace);
    expect(report.rows).toEqual([
      {
        key: workflow,
        sent: 10,
        delivered: 10,
        unique_opens: 4,
        total_opens: 6,
        machine_opens: 10,
        unique_clicks: 2,
        total_clicks: 3,
        bounced: 1,
        unsubscribed: 1,
        open_rate: 0.4,
        click_rate: 0.2,
        bounce_rate: 0.1,
        unsubscribe_rate: 0.1,
      },
    ]);
    const byTemplate = await app
      .get(EmailReport)
      .read({ from: '2026-04-02T00:00:00Z', to: '2026-04-03T00:00:00Z' }, workspace);
    expect(byTemplate.rows.map((r) => [r.key, r.open_rate])).toEqual([['welcome-email', 0.4]]);
  });
});
