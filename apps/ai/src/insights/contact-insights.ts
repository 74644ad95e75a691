import type { ActivityView, ContactInsightsView, ContactView, ScoreChangeView } from '@mab/contracts';

const DAY = 86_400_000;
/** What the contact did (not what was done to it: sends, score changes and notes are ours). */
const ENGAGEMENT = new Set(['page_view', 'form_submission', 'email_opened', 'email_clicked', 'custom']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const HOT_SCORE = 50;

const round2 = (x: number) => Math.round(x * 100) / 100;
const daysBetween = (a: Date, b: Date) => Math.floor((a.getTime() - b.getTime()) / DAY);

/**
 * A contact's insights from its own history: the churn risk (how long since it last did something, whether that
 * is slowing down, bounces, unsubscribes, a falling score, emails left unopened), its engagement trend (the last 30
 * days against the 30 before), the next best action, and the weekday and hour it usually engages at. Every
 * conclusion carries the figures it rests on; the same history always gives the same insights.
 */
export function contactInsights(
  contact: ContactView,
  activities: ActivityView[],
  scoreChanges: ScoreChangeView[],
  now = new Date(),
): ContactInsightsView {
  const engaged = activities.filter((a) => ENGAGEMENT.has(a.type)).map((a) => ({ ...a, at: new Date(a.occurred_at) }));
  const inWindow = (from: number, to: number) =>
    engaged.filter((a) => a.at.getTime() >= now.getTime() - from * DAY && a.at.getTime() < now.getTime() - to * DAY)
      .length;
  const last30 = inWindow(30, 0);
  const previous30 = inWindow(60, 30);
  const lastEngaged = engaged.reduce<Date | null>((latest, a) => (!latest || a.at > latest ? a.at : latest), null);
  const idleDays = lastEngaged ? daysBetween(now, lastEngaged) : daysBetween(now, new Date(contact.created_at));

  // ---- engagement trend
  const engagementReasons: string[] = [`${last30} activities in the last 30 days, ${previous30} in the 30 before`];
  let trend: ContactInsightsView['engagement']['trend'];
  if (last30 === 0 && previous30 === 0) trend = 'none';
  else if (last30 >= Math.max(2, previous30 * 1.25)) trend = 'rising';
  else if (last30 <= previous30 * 0.75) trend = 'falling';
  else trend = 'steady';
  if (lastEngaged) engagementReasons.push(`last active ${idleDays} days ago`);

  // ---- churn risk
  const churnReasons: string[] = [];
  let risk = Math.min(1, Math.max(0, (idleDays - 7) / 83)) * 0.6;
  churnReasons.push(
    lastEngaged ? `no activity for ${idleDays} days` : `never active since it was added ${idleDays} days ago`,
  );
  if (trend === 'falling') {
    risk += 0.2;
    churnReasons.push(`activity fell from ${previous30} to ${last30} over the last two months`);
  }
  const sentRecently = activities.filter(
    (a) => a.type === 'email_sent' && new Date(a.occurred_at).getTime() >= now.getTime() - 30 * DAY,
  ).length;
  const openedRecently = engaged.filter(
    (a) => a.type === 'email_opened' && a.at.getTime() >= now.getTime() - 30 * DAY,
  ).length;
  if (sentRecently >= 2 && openedRecently === 0) {
    risk += 0.15;
    churnReasons.push(`${sentRecently} emails in the last 30 days, none opened`);
  }
  const recentPoints = scoreChanges
    .filter((c) => new Date(c.created_at).getTime() >= now.getTime() - 30 * DAY)
    .reduce((sum, c) => sum + c.points, 0);
  if (recentPoints < 0) {
    risk += 0.15;
    churnReasons.push(`the lead score lost ${-recentPoints} points in the last 30 days`);
  }
  const bounced = contact.status === 'bounced' || activities.some((a) => a.type === 'email_bounced');
  const unsubscribed = contact.status === 'unsubscribed' || activities.some((a) => a.type === 'email_unsubscribed');
  if (unsubscribed) {
    risk = Math.max(risk, 0.9);
    churnReasons.push('unsubscribed from email');
  } else if (bounced) {
    risk = Math.max(risk, 0.7);
    churnReasons.push('its address bounced');
  }
  risk = round2(Math.min(1, risk));
  const level = risk >= 0.6 ? 'high' : risk >= 0.3 ? 'medium' : 'low';

  // ---- next best action
  const score = contact.lead_score;
  const action = ((): ContactInsightsView['next_best_action'] => {
    if (unsubscribed)
      return {
        action: 'respect_unsubscribe',
        message: 'Send no marketing email; reach out personally only where you have another channel and consent',
        reasons: ['unsubscribed from email'],
      };
    if (bounced)
      return {
        action: 'fix_address',
        message: 'Correct the email address (ask by phone or on the next visit) before sending anything else',
        reasons: ['its address bounced'],
      };
    if (score >= HOT_SCORE && idleDays <= 7)
      return {
        action: 'contact_sales_now',
        message: 'Call or write personally today: the lead is hot and active',
        reasons: [`lead score ${score}`, `active ${idleDays} days ago`],
      };
    if (score >= HOT_SCORE)
      return {
        action: 're_engage_personally',
        message: 'Write a personal note from a named person: a valuable lead is going quiet',
        reasons: [`lead score ${score}`, `no activity for ${idleDays} days`],
      };
    if (idleDays >= 60)
      return {
        action: 're_engagement_campaign',
        message: 'Add to a re-engagement sequence; remove it from lists if it still does not respond',
        reasons: [`no activity for ${idleDays} days`],
      };
    if (daysBetween(now, new Date(contact.created_at)) <= 3)
      return {
        action: 'welcome',
        message: 'Welcome it and ask one question to learn what it needs',
        reasons: ['added in the last 3 days'],
      };
    return {
      action: 'nurture',
      message: 'Keep it warm with useful content until its score rises',
      reasons: [`lead score ${score}`, `engagement ${trend}`],
    };
  })();

  // ---- best time to reach out
  const bestTime = ((): ContactInsightsView['best_time'] => {
    if (engaged.length < 3) {
      return { weekday: null, hour_utc: null, reasons: [`only ${engaged.length} activities: not enough to tell`] };
    }
    const days = new Array(7).fill(0) as number[];
    const hours = new Array(24).fill(0) as number[];
    for (const a of engaged) {
      days[a.at.getUTCDay()]++;
      hours[a.at.getUTCHours()]++;
    }
    const day = days.indexOf(Math.max(...days));
    const hour = hours.indexOf(Math.max(...hours));
    return {
      weekday: WEEKDAYS[day],
      hour_utc: hour,
      reasons: [
        `${days[day]} of ${engaged.length} activities on a ${WEEKDAYS[day]}`,
        `${hours[hour]} of ${engaged.length} between ${hour}:00 and ${hour + 1}:00 UTC`,
      ],
    };
  })();

  return {
    contact_id: contact.id,
    email: contact.email,
    name: contact.name,
    lead_score: score,
    churn_risk: { level, score: risk, reasons: churnReasons },
    engagement: { trend, last_30_days: last30, previous_30_days: previous30, reasons: engagementReasons },
    next_best_action: action,
    best_time: bestTime,
    computed_at: now.toISOString(),
  };
}
