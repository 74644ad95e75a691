import { Injectable } from '@nestjs/common';
import type { EmailAnalyticsQuery, EmailAnalyticsRowView, EmailAnalyticsView } from '@mab/contracts';
import { quotedSchema } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { analyticsWindow, ratio } from './analytics-window';

const COUNTERS = [
  'sent',
  'delivered',
  'unique_opens',
  'total_opens',
  'machine_opens',
  'unique_clicks',
  'total_clicks',
  'bounced',
  'unsubscribed',
] as const;
type Counts = Record<(typeof COUNTERS)[number], number>;

/** The rates of a group of counters; machine opens never count, delivery falls back to sends without reports. */
function withRates(c: Counts): Omit<EmailAnalyticsRowView, 'key'> {
  const delivered = c.delivered || c.sent;
  return {
    ...c,
    open_rate: ratio(c.unique_opens, delivered),
    click_rate: ratio(c.unique_clicks, delivered),
    bounce_rate: ratio(c.bounced, c.sent),
    unsubscribe_rate: ratio(c.unsubscribed, delivered),
  };
}

/** Email analytics from the hourly rollups, by template or by workflow, over a window. */
@Injectable()
export class EmailReport {
  constructor(private readonly dataSource: DataSource) {}

  async read(query: EmailAnalyticsQuery, workspaceId: string): Promise<EmailAnalyticsView> {
    const w = analyticsWindow(query);
    const groupBy = query.group_by ?? 'template';
    const s = quotedSchema(this.dataSource);
    // eslint-disable-next-line no-restricted-syntax -- one workspace's rollups (workspace_id = $1)
    const rows = (await this.dataSource.query(
      `SELECT "key", ${COUNTERS.map((c) => `sum("${c}")::int AS ${c}`).join(', ')}
         FROM ${s}."email_hours"
        WHERE "workspace_id" = $1 AND "dimension" = $2 AND "hour" >= date_trunc('hour', $3::timestamptz) AND "hour" < $4
        GROUP BY "key" ORDER BY sent DESC, "key"`,
      [workspaceId, groupBy, w.from, w.to],
    )) as (Counts & { key: string })[];
    const totals = Object.fromEntries(COUNTERS.map((c) => [c, rows.reduce((n, r) => n + r[c], 0)])) as Counts;
    return {
      window: { from: w.from.toISOString(), to: w.to.toISOString(), granularity: w.granularity, tz: w.tz },
      group_by: groupBy,
      totals: withRates(totals),
      rows: rows.map((r) => ({ key: r.key, ...withRates(r) })),
    };
  }
}
