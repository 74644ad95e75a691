import { cronProblem } from '@mab/workflow-definition';
import {
  CRON_WEEKDAY,
  hhmm,
  invalid,
  NUMBER,
  phrase,
  readNumber,
  readTime,
  readWeekday,
  readZone,
  TIME,
  WEEKDAY,
  WEEKDAY_NAMES,
  ZONE,
  type Reading,
} from './phrase-patterns';
import type { TriggerIntent } from './workflow-intents';

/**
 * Schedule phrases: "every day at 9am", "every Monday at 9:30", "every weekday at 8am in Europe/Paris", "every
 * hour", "on the 1st of every month at 10:00". Each becomes a five-field cron and a time zone (UTC unless one is
 * named); a time left out is 09:00. The cron is checked the way the validator checks it, so a schedule that never
 * fires is not offered.
 */
interface Schedule {
  cron: (time: { hour: number; minute: number }) => string;
  when: (at: string) => string;
  /** Whether "at <time>" belongs to it (not for "every hour"). */
  timed: boolean;
}

const WEEKLY_ON = phrase(
  String.raw`(?:every|each|on) (${WEEKDAY})s?|(?:every|each) week on (${WEEKDAY})s?|weekly on (${WEEKDAY})s?`,
);
const EVERY_N = phrase(String.raw`every (${NUMBER}) (hours?|minutes?|mins?)`);
const ZONED = phrase(String.raw`(.+?) ${ZONE}`);
const TIMED = phrase(String.raw`(.+?) at (${TIME})`);
const TIMED_FIRST = phrase(String.raw`at (${TIME}) (.+)`);

function scheduleOf(rest: string): Schedule | null {
  const r = rest.toLowerCase();
  let m: RegExpExecArray | null;
  const daily = (dow: string, words: string): Schedule => ({
    cron: (t) => `${t.minute} ${t.hour} * * ${dow}`,
    when: (at) => `${words} at ${at}`,
    timed: true,
  });
  if (/^(?:every|each) (?:day|morning)$|^daily$|^every day of the week$/.test(r)) return daily('*', 'every day');
  if (
    /^(?:(?:every|each|on) (?:weekday|week day|working day|business day|workday)s?|on weekdays|(?:every day|daily) (?:on weekdays|from monday to friday))$/.test(
      r,
    )
  )
    return daily('1-5', 'every weekday');
  if (/^(?:(?:every|each|on) weekend(?: day)?s?|at weekends|on weekends)$/.test(r))
    return daily('0,6', 'every weekend day');
  if ((m = WEEKLY_ON.exec(r))) {
    const day = readWeekday(m[1] ?? m[2] ?? m[3])!;
    return daily(String(CRON_WEEKDAY[day]), `every ${WEEKDAY_NAMES[day]}`);
  }
  if (/^(?:every|each) week$|^weekly$/.test(r)) return daily('1', 'every Monday');
  if (/^(?:every|each) hour$|^hourly$/.test(r))
    return { cron: () => '0 * * * *', when: () => 'every hour', timed: false };
  if (/^(?:every|each) minute$/.test(r)) return { cron: () => '* * * * *', when: () => 'every minute', timed: false };
  if (/^(?:every|each) half(?:[- ]an)? hour$/.test(r))
    return { cron: () => '*/30 * * * *', when: () => 'every 30 minutes', timed: false };
  if ((m = EVERY_N.exec(r))) {
    const n = readNumber(m[1]);
    const hours = m[2].startsWith('h');
    if (n === null || !Number.isInteger(n) || n < 1 || n > (hours ? 23 : 59)) return null;
    return hours
      ? { cron: () => `0 */${n} * * *`, when: () => `every ${n} hours`, timed: false }
      : { cron: () => `*/${n} * * * *`, when: () => `every ${n} minutes`, timed: false };
  }
  const monthly =
    /^(?:on )?the (\d{1,2}|first)(?:st|nd|rd|th)? (?:day )?of (?:every|each|the) month$/.exec(r) ??
    /^(?:every|each) month on the (\d{1,2}|first)(?:st|nd|rd|th)?(?: day)?$/.exec(r) ??
    /^monthly(?: on the (\d{1,2}|first)(?:st|nd|rd|th)?(?: day)?)?$/.exec(r) ??
    /^(?:every|each) month$/.exec(r);
  if (monthly) {
    const day = !monthly[1] || monthly[1] === 'first' ? 1 : Number(monthly[1]);
    if (day < 1 || day > 28) return null; // a later day is missing from some months: the schedule would skip them
    const suffix =
      day === 1 || day === 21 ? 'st' : day === 2 || day === 22 ? 'nd' : day === 3 || day === 23 ? 'rd' : 'th';
    return {
      cron: (t) => `${t.minute} ${t.hour} ${day} * *`,
      when: (at) => `on the ${day}${suffix} of every month at ${at}`,
      timed: true,
    };
  }
  return null;
}

const SCHEDULE_START = /^(?:every|each|daily|weekly|monthly|hourly|on|at)\b/i;

/** "every weekday at 8am in Europe/Paris" → cron `0 8 * * 1-5` in Europe/Paris. Default time 09:00, zone UTC. */
export function readSchedule(text: string): Reading<TriggerIntent> {
  // Every schedule starts with one of these words; the patterns below scan the whole phrase, so test this first.
  if (!SCHEDULE_START.test(text)) return null;
  let rest = text.trim();
  let zone = 'UTC';
  let time: { hour: number; minute: number } | null = null;
  const zoned = ZONED.exec(rest);
  if (zoned?.groups) {
    const known = readZone(zoned.groups.zone);
    if (!known)
      return invalid(`"${zoned.groups.zone}" is not a time zone (write it as Europe/Paris, America/New_York, UTC)`);
    zone = known;
    rest = zoned[1];
  }
  const timed = TIMED.exec(rest) ?? TIMED_FIRST.exec(rest);
  if (timed) {
    const [what, at] = /^at /i.test(rest) ? [timed[2], timed[1]] : [timed[1], timed[2]];
    time = readTime(at);
    if (!time) return null;
    rest = what;
  }
  const schedule = scheduleOf(rest);
  if (!schedule || (time && !schedule.timed)) return null;
  const at = time ?? { hour: 9, minute: 0 };
  const cron = schedule.cron(at);
  if (cronProblem(cron, zone)) return null;
  return {
    type: 'schedule',
    cron,
    timezone: zone,
    when: `${schedule.when(hhmm(at))}${schedule.timed ? ` (${zone})` : ''}`,
  };
}
