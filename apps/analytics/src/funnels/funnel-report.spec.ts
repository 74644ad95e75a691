import { randomUUID } from 'node:crypto';
import type { SiteEventReceivedV1 } from '@mab/contracts';
import type { TestDatabase } from '@mab/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { startAnalytics } from '../__tests__/analytics-harness';
import type { FunnelStep } from './funnel-definition';
import { FunnelReport } from './funnel-report';

const DAY = 86_400_000;

/**
 * Funnel reports against a real database, from a scripted stream delivered backwards and twice: each visitor is
 * counted once, by the entry that got furthest, with steps in order and within the conversion window.
 */
describe('funnel reports', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let cleanup: () => Promise<void>;

  const workspace = randomUUID();
  const site = randomUUID();
  const pricing = randomUUID();
  const form = randomUUID();
  // Day 1 of the script: ten days ago (UTC midnight), well inside fact retention.
  const day1 = Math.floor(Date.now() / DAY) * DAY - 10 * DAY;
  const at = (day: number, hh: number, mm: number, ss = 0) =>
    new Date(day1 + (day - 1) * DAY + ((hh * 60 + mm) * 60 + ss) * 1000).toISOString();
  const iso = (day: number) => new Date(day1 + (day - 1) * DAY).toISOString();

  const event = (visitor: string, type: string, when: string, over: Partial<SiteEventReceivedV1> = {}) =>
    ({
      event_id: randomUUID(),
      site_id: site,
      workspace_id: workspace,
      type,
      data: {},
      ip_hash: 'hash',
      received_at: when,
      occurred_at: when,
      visitor_id: visitor,
      page: '/',
      ...over,
    }) as SiteEventReceivedV1;
  const pricingView = (v: string, when: string) => event(v, 'page_view', when, { page: '/pricing' });
  const tableView = (v: string, when: string) =>
    event(v, 'component_view', when, { page: '/pricing', component_id: pricing });
  const submit = (v: string, when: string) => event(v, 'form_submission', when, { component_id: form });
  let record: (e: SiteEventReceivedV1) => Promise<boolean>;

  async function funnel(steps: Partial<FunnelStep>[], windowHours: number): Promise<string> {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO analytics.funnels ("workspace_id", "site_id", "name", "steps", "window_hours")
       VALUES ($1, $2, 'Pricing to contact', $3::jsonb, $4) RETURNING "id"`,
      [
        workspace,
        site,
        JSON.stringify(steps.map((s) => ({ page: null, component_id: null, label: null, ...s }))),
        windowHours,
      ],
    );
    return row.id;
  }

  beforeAll(async () => {
    const harness = await startAnalytics('analytics-funnels');
    ({ db, app } = harness);
    cleanup = harness.close;
    record = harness.record;
    await harness.addSite(workspace, site, { [pricing]: 'pricing_table', [form]: 'contact_form' });
  }, 60_000);

  afterAll(() => cleanup?.());

  it('counts visitors per step in order, within the conversion window, from a stream delivered backwards and twice', async () => {
    const stream = [
      // ann: all three steps in order.
      pricingView('ann', at(1, 10, 0)),
      tableView('ann', at(1, 10, 1)),
      submit('ann', at(1, 10, 5)),
      // bob: saw the table, never submitted.
      pricingView('bob', at(1, 10, 0)),
      tableView('bob', at(1, 10, 2)),
      // cyd: submitted before entering (does not count), then entered and saw the table.
      submit('cyd', at(1, 9, 0)),
      pricingView('cyd', at(1, 10, 0)),
      tableView('cyd', at(1, 10, 1)),
      // dan: saw the table before the pricing page only.
      tableView('dan', at(1, 9, 0)),
      pricingView('dan', at(1, 10, 0)),
      // eve: submitted two days later, outside the 24-hour conversion window.
      pricingView('eve', at(1, 10, 0)),
      tableView('eve', at(1, 10, 10)),
      submit('eve', at(3, 10, 5)),
      // fay: entered on day 1 and left; came back on day 3 and converted (counted once, as converted, on day 3).
      pricingView('fay', at(1, 10, 0)),
      pricingView('fay', at(3, 10, 0)),
      tableView('fay', at(3, 10, 1)),
      submit('fay', at(3, 10, 2)),
      // gus: never saw the pricing page.
      tableView('gus', at(1, 10, 0)),
      submit('gus', at(1, 10, 1)),
      // hal: entered before the report's window.
      pricingView('hal', at(-1, 10, 0)),
      tableView('hal', at(-1, 10, 1)),
      submit('hal', at(-1, 10, 2)),
    ];
    for (const e of [...stream].reverse()) expect(await record(e)).toBe(true);
    for (const e of stream) expect(await record(e)).toBe(false);

    const id = await funnel(
      [
        { type: 'page_view', page: '/pricing' },
        { type: 'component_view', component_id: pricing },
        { type: 'form_submission', component_id: form, label: 'Asked for a quote' },
      ],
      24,
    );
    const report = await app
      .get(FunnelReport)
      .read({ funnel_id: id, from: iso(0), to: iso(5), granularity: 'day' }, workspace);
    expect(report.steps.map((s) => s.visitors)).toEqual([6, 5, 2]);
    expect(report.steps.map((s) => s.drop_off)).toEqual([0, 1, 3]);
    expect(report.steps.map((s) => s.conversion_from_previous)).toEqual([null, 0.8333, 0.4]);
    expect(report.steps.map((s) => s.conversion_from_start)).toEqual([1, 0.8333, 0.3333]);
    expect(report.conversion_rate).toBe(0.3333);
    // Step 2 after 60, 120, 60, 600 and 60 seconds; step 3 after 240 (ann) and 60 (fay).
    expect(report.steps.map((s) => s.median_seconds_from_previous)).toEqual([null, 60, 150]);
    expect(report.steps.map((s) => s.label)).toEqual(['Viewed /pricing', 'Saw pricing_table', 'Asked for a quote']);
    expect(report.series).toHaveLength(5);
    expect(report.series.map((b) => [b.start, b.entered, b.converted])).toEqual([
      [iso(0), 0, 0],
      [iso(1), 5, 1],
      [iso(2), 0, 0],
      [iso(3), 1, 1],
      [iso(4), 0, 0],
    ]);
    expect(new Date(report.facts_retained_from).getTime()).toBeLessThan(day1);

    // A longer conversion window lets eve's late submission count.
    const week = await funnel(
      [
        { type: 'page_view', page: '/pricing' },
        { type: 'component_view', component_id: pricing },
        { type: 'form_submission', component_id: form },
      ],
      7 * 24,
    );
    const weekly = await app.get(FunnelReport).read({ funnel_id: week, from: iso(0), to: iso(5) }, workspace);
    expect(weekly.steps.map((s) => s.visitors)).toEqual([6, 5, 3]);
  });

  it('needs two facts for two steps of the same kind', async () => {
    const twice = [pricingView('ivy', at(2, 8, 0)), pricingView('jon', at(2, 8, 0)), pricingView('jon', at(2, 8, 0))];
    for (const e of twice) await record(e);
    const id = await funnel(
      [
        { type: 'page_view', page: '/pricing' },
        { type: 'page_view', page: '/pricing' },
      ],
      1,
    );
    const report = await app
      .get(FunnelReport)
      .read({ funnel_id: id, from: at(2, 7, 0), to: at(2, 9, 0), granularity: 'hour', tz: 'Asia/Kolkata' }, workspace);
    expect(report.steps.map((s) => s.visitors)).toEqual([2, 1]);
    expect(report.steps[1].median_seconds_from_previous).toBe(0);
    // Half-hour time zone: the hourly buckets start on the half hour in UTC.
    expect(report.series[0].start.slice(14)).toBe('30:00.000Z');
  });

  it("answers 404 for another workspace's funnel and 400 for a window too large", async () => {
    const id = await funnel(
      [
        { type: 'page_view', page: '/pricing' },
        { type: 'form_submission', component_id: form },
      ],
      24,
    );
    await expect(app.get(FunnelReport).read({ funnel_id: id }, randomUUID())).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(
      app.get(FunnelReport).read({ funnel_id: id, from: iso(-30), to: iso(5), granularity: 'minute' }, workspace),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});
