import type { ActivityView, ContactView, ScoreChangeView } from '@mab/contracts';
import { contactInsights } from './contact-insights';

const NOW = new Date('2026-11-20T12:00:00Z');
const daysAgo = (d: number, hour = 10) => {
  const at = new Date(NOW.getTime() - d * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

const contact = (over: Partial<ContactView> = {}): ContactView => ({
  id: '11111111-1111-4111-8111-111111111111',
  email: 'ana@example.com',
  name: 'Ana',
  first_name: 'Ana',
  last_name: null,
  phone: null,
  source_component: null,
  source_workflow: null,
  tags: [],
  custom_fields: {},
  lead_score: 10,
  status: 'active',
  created_at: daysAgo(120),
  updated_at: daysAgo(1),
  last_activity_at: null,
  ...over,
});

let seq = 0;
const activity = (type: ActivityView['type'], occurredAt: string): ActivityView => ({
  id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  contact_id: contact().id,
  type,
  occurred_at: occurredAt,
  data: {},
  site_id: null,
  component_id: null,
  workflow_id: null,
  created_at: occurredAt,
});

const change = (points: number, at: string): ScoreChangeView => ({
  id: '22222222-2222-4222-8222-222222222222',
  points,
  reason: 'decay',
  kind: 'decay',
  rule_id: null,
  activity_id: null,
  score_after: 0,
  created_at: at,
});

describe('contact insights', () => {
  it('sees a hot, active lead and says to contact it now, at the hour it engages', () => {
    const history = [
      activity('page_view', daysAgo(1, 14)),
      activity('email_opened', daysAgo(2, 14)),
      activity('form_submission', daysAgo(8, 14)),
      activity('page_view', daysAgo(40, 9)),
    ];
    const insights = contactInsights(contact({ lead_score: 80 }), history, [], NOW);
    expect(insights.churn_risk.level).toBe('low');
    expect(insights.engagement).toMatchObject({ trend: 'rising', last_30_days: 3, previous_30_days: 1 });
    expect(insights.next_best_action.action).toBe('contact_sales_now');
    expect(insights.best_time).toMatchObject({ hour_utc: 14 });
    expect(insights.best_time.reasons[1]).toContain('3 of 4');
  });

  it('sees a valuable lead going quiet, and each reason carries its figure', () => {
    const history = [
      activity('email_sent', daysAgo(3)),
      activity('email_sent', daysAgo(10)),
      ...[35, 40, 45, 50].map((d) => activity('page_view', daysAgo(d))),
    ];
    const insights = contactInsights(contact({ lead_score: 70 }), history, [change(-15, daysAgo(5))], NOW);
    expect(insights.engagement.trend).toBe('falling');
    expect(insights.churn_risk).toMatchObject({ level: 'high', score: 0.7 });
    expect(insights.churn_risk.reasons).toEqual(
      expect.arrayContaining([
        'no activity for 35 days',
        'activity fell from 4 to 0 over the last two months',
        '2 emails in the last 30 days, none opened',
        'the lead score lost 15 points in the last 30 days',
      ]),
    );
    expect(insights.next_best_action.action).toBe('re_engage_personally');
  });

  it('puts unsubscribed and bounced contacts at high risk and never suggests email to them', () => {
    const unsubscribed = contactInsights(contact({ status: 'unsubscribed' }), [], [], NOW);
    expect(unsubscribed.churn_risk).toMatchObject({ level: 'high' });
    expect(unsubscribed.next_best_action.action).toBe('respect_unsubscribe');
    const bounced = contactInsights(contact(), [activity('email_bounced', daysAgo(2))], [], NOW);
    expect(bounced.next_best_action.action).toBe('fix_address');
  });

  it('changes when the contact does something, and says when there is too little to tell', () => {
    const fresh = contact({ created_at: daysAgo(1) });
    const before = contactInsights(fresh, [], [], NOW);
    expect(before).toMatchObject({
      engagement: { trend: 'none' },
      next_best_action: { action: 'welcome' },
      best_time: { weekday: null },
    });
    const after = contactInsights(
      fresh,
      [activity('custom', daysAgo(0, 9)), activity('custom', daysAgo(0, 9)), activity('page_view', daysAgo(0, 9))],
      [],
      NOW,
    );
    expect(after.engagement.trend).toBe('rising');
    expect(after.best_time).toMatchObject({ weekday: 'friday', hour_utc: 9 });
    expect(after.churn_risk.score).toBeLessThanOrEqual(before.churn_risk.score);
  });
});
