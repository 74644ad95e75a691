import {
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
  type WeekdayKey,
} from './phrase-patterns';
import type { DelayIntent } from './workflow-intents';

/**
 * Waits: "after 2 days", "wait 3 hours", "30 minutes later", "next Monday at 9am", "until 2026-12-01". A wait said
 * after its step ("send a follow-up email after 2 days") is `trailing`: it runs before that step. A "wait …" phrase
 * is a step of its own, in the order it is written.
 */
export interface DelayReading {
  delay: DelayIntent;
  trailing: boolean;
}

const UNIT_MINUTES: [RegExp, number, string][] = [
  [/^(?:seconds?|secs?)$/, 1 / 60, 'second'],
  [/^(?:minutes?|mins?)$/, 1, 'minute'],
  [/^(?:hours?|hrs?)$/, 60, 'hour'],
  [/^days?$/, 1_440, 'day'],
  [/^weeks?$/, 10_080, 'week'],
  [/^months?$/, 43_200, 'month'],
];
const UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;
const AMOUNT = String.raw`(?:${NUMBER}|an?|a couple of|half an?)`;
/** The engine's bound on a duration: one year. */
const DURATION_MINUTES_MAX = 525_600;

function duration(amountText: string, unitText: string): Reading<DelayIntent> {
  const unit = UNIT_MINUTES.find(([pattern]) => pattern.test(unitText.toLowerCase()));
  const lower = amountText.toLowerCase();
  const amount = lower === 'a couple of' ? 2 : lower.startsWith('half') ? 0.5 : readNumber(lower);
  if (!unit || amount === null || amount <= 0) return null;
  const minutes = amount * unit[1];
  if (minutes > DURATION_MINUTES_MAX) return invalid('a wait can last at most a year');
  const label = Number.isInteger(amount)
    ? `${amount} ${unit[2]}${amount === 1 ? '' : 's'}`
    : `${Math.round(minutes)} minutes`;
  // Seconds stay seconds (a minute count would be fractional); everything else is whole minutes.
  if (unit[1] < 1) return { mode: 'duration', minutes: 0, seconds: Math.round(amount), label };
  return { mode: 'duration', minutes: Math.round(minutes), label };
}

const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?<iso>\d{4}-\d{2}-\d{2})|(?<month1>${MONTH}) (?<day1>\d{1,2})(?:st|nd|rd|th)?,? (?<year1>\d{4})|(?:the )?(?<day2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<month2>${MONTH}),? (?<year2>\d{4})`;

/** The offset of a zone at an instant, as +HH:MM ("Europe/Paris" in winter → +01:00). */
function zoneOffset(zone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match ? match[1] : '+00:00';
}

/** "until December 1st, 2026 at 10am in Europe/Paris" → 2026-12-01T10:00:00+01:00 (UTC when no zone is said). */
function untilDate(
  groups: Record<string, string | undefined>,
  at: string | undefined,
  zoneText: string | undefined,
): Reading<DelayIntent> {
  let year: number, month: number, day: number;
  if (groups.iso) {
    [year, month, day] = groups.iso.split('-').map(Number);
  } else {
    const monthText = (groups.month1 ?? groups.month2 ?? '').toLowerCase().slice(0, 3);
    year = Number(groups.year1 ?? groups.year2);
    month = MONTH_NUMBERS.indexOf(monthText) + 1;
    day = Number(groups.day1 ?? groups.day2);
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return invalid('that date does not exist');
  const time = at ? readTime(at) : { hour: 0, minute: 0 };
  if (!time) return null;
  const zone = zoneText ? readZone(zoneText) : 'UTC';
  if (!zone) return invalid(`"${zoneText}" is not a time zone (write it as Europe/Paris, America/New_York, UTC)`);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const wall = new Date(`${date}T${hhmm(time)}:00Z`);
  const offset = zone === 'UTC' ? 'Z' : zoneOffset(zone, wall);
  const until = `${date}T${hhmm(time)}:00${offset}`;
  return {
    mode: 'until',
    until,
    label: `until ${date}${at ? ` ${hhmm(time)}` : ''}${zone === 'UTC' ? ' UTC' : ` (${zone})`}`,
  };
}

function timeOfDay(
  at: string | undefined,
  weekdays: WeekdayKey[] | undefined,
  zoneText: string | undefined,
  what: string | null,
): Reading<DelayIntent> {
  const time = at ? readTime(at) : { hour: 9, minute: 0 };
  if (!time) return null;
  const zone = zoneText ? readZone(zoneText) : null;
  if (zoneText && !zone)
    return invalid(`"${zoneText}" is not a time zone (write it as Europe/Paris, America/New_York, UTC)`);
  return {
    mode: 'time_of_day',
    time: hhmm(time),
    ...(weekdays ? { weekdays } : {}),
    ...(zone ? { timezone: zone } : {}),
    label: `until ${what ? `${what} at ` : ''}${hhmm(time)}${zone ? ` (${zone})` : ''}`,
  };
}

const AT = String.raw`(?: at (?<at>${TIME}))?`;
const IN_ZONE = String.raw`(?: ${ZONE})?`;
const WAIT = String.raw`(?:wait|pause|hold(?: on)?|sleep|delay)(?: for)?`;

type Groups = Record<string, string | undefined>;
interface DelayRule {
  pattern: RegExp;
  trailing: boolean;
  read: (g: Groups) => Reading<DelayIntent>;
}

const DAY = String.raw`(?<day>${WEEKDAY})`;
const onWeekday = (g: Groups): Reading<DelayIntent> => {
  const key = readWeekday(g.day ?? '')!;
  return timeOfDay(g.at, [key], g.zone, WEEKDAY_NAMES[key]);
};

/** The wait phrases, the first that matches wins. */
const DELAY_RULES: DelayRule[] = [
  {
    pattern: phrase(String.raw`${WAIT} (?<n>${AMOUNT}) (?<unit>${UNIT})`),
    trailing: false,
    read: (g) => duration(g.n!, g.unit!),
  },
  {
    pattern: phrase(String.raw`(?:after|in|within) (?:another )?(?<n>${AMOUNT}) (?<unit>${UNIT})`),
    trailing: true,
    read: (g) => duration(g.n!, g.unit!),
  },
  {
    pattern: phrase(String.raw`(?:and )?(?<n>${AMOUNT}) (?<unit>${UNIT}) (?:later|after(?: that)?|afterwards)`),
    trailing: true,
    read: (g) => duration(g.n!, g.unit!),
  },
  {
    pattern: phrase(String.raw`(?:on )?the (?:next|following) day|a day later|the day after|tomorrow`),
    trailing: true,
    read: () => duration('1', 'day'),
  },
  {
    pattern: phrase(String.raw`(?:${WAIT} )?(?:until|till|til|on) (?:${DATE})${AT}${IN_ZONE}`),
    trailing: true,
    read: (g) => untilDate(g, g.at, g.zone),
  },
  {
    pattern: phrase(String.raw`(?:${WAIT} )?(?:until|till) (?:the )?(?:next )?${DAY}${AT}${IN_ZONE}`),
    trailing: true,
    read: onWeekday,
  },
  { pattern: phrase(String.raw`(?:on )?(?:the )?next ${DAY}${AT}${IN_ZONE}`), trailing: true, read: onWeekday },
  { pattern: phrase(String.raw`on ${DAY}${AT}${IN_ZONE}`), trailing: true, read: onWeekday },
  {
    pattern: phrase(
      String.raw`(?:${WAIT} )?(?:until )?(?:the )?next (?:weekday|working day|business day)${AT}${IN_ZONE}`,
    ),
    trailing: true,
    read: (g) => timeOfDay(g.at, ['mon', 'tue', 'wed', 'thu', 'fri'], g.zone, 'the next weekday'),
  },
  {
    pattern: phrase(String.raw`(?:${WAIT} )?(?:until )?(?:the )?next morning${AT}${IN_ZONE}`),
    trailing: true,
    read: (g) => timeOfDay(g.at, undefined, g.zone, 'the next morning'),
  },
  {
    pattern: phrase(String.raw`(?:${WAIT} )?(?:until|till) (?<at>${TIME})${IN_ZONE}`),
    trailing: true,
    read: (g) => timeOfDay(g.at, undefined, g.zone, null),
  },
];

/** A wait phrase, or null when the phrase is none. */
export function readDelay(text: string): Reading<DelayReading> {
  const t = text.trim();
  for (const rule of DELAY_RULES) {
    const match = rule.pattern.exec(t);
    if (!match) continue;
    const delay = rule.read(match.groups ?? {});
    return delay === null || 'invalid' in delay ? delay : { delay, trailing: rule.trailing };
  }
  return null;
}
