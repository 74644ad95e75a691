import { isTimeZone } from '@mab/workflow-definition';

/**
 * What the phrase parsers share: regular-expression pieces for recurring words (who a step is about, times,
 * numbers) and the readers that turn matched text into values. Every pattern is matched against one phrase with
 * `^…$`, so a phrase is either read completely or not at all (a half-read phrase would silently drop words).
 */

const compiled = new Map<string, RegExp>();

/**
 * Matches a whole phrase, case-insensitively. Readers build their patterns where they read (next to the words they
 * name), so each is compiled once and kept: a clause is read span by span, hundreds of times.
 */
export function phrase(source: string): RegExp {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = new RegExp(`^(?:${source})$`, 'i');
    compiled.set(source, pattern);
  }
  return pattern;
}

/** The person a form submission or a contact event is about. */
export const VISITOR = String.raw`(?:them|him|her|it|(?:the|that|this|each|every|our) (?:new )?(?:visitor|customer|client|lead|contact|person|guest|subscriber|user|sender|submitter|applicant|prospect|attendee|booker|diner|member|signup|sign-up)s?)`;
/** The people behind the site. */
export const TEAM = String.raw`(?:(?:the |our |my )?(?:whole |entire )?(?:team|manager|managers|owner|owners|sales team|sales|staff|admin|admins|office|front desk|host|support team|support|restaurant|boss)|us|me|myself|ourselves|everyone)`;
/** Someone asking: "someone submits …", "a visitor clicks …". */
export const SOMEONE = String.raw`(?:someone|somebody|anyone|anybody|people|they|visitors|users|customers|guests|(?:a|an|the) (?:new )?(?:visitor|user|customer|client|person|lead|guest|prospect|subscriber|contact|member))`;
export const TIME = String.raw`(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?(?: ?(?:[ap]\.?m\.?|h|o'clock))?)`;
export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)`;
export const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred)`;
export const NUMBER = String.raw`(?:[$€£]?-?\d[\d,]*(?:\.\d+)?(?:k|m)?|${NUMBER_WORD})`;
export const URL_TEXT = String.raw`https?:\/\/\S+`;
/** An IANA time zone as written after "in" ("in Europe/Paris", "(America/New_York)", "UTC"). */
export const ZONE = String.raw`(?:in |\()?(?<zone>[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2}|UTC|GMT)(?: time)?\)?`;

const WORD_NUMBERS: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  'a hundred': 100,
};

/** A number as people write it: 8, 5,000, $5000, 2.5, 5k, eight. Null when it is not one. */
export function readNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t in WORD_NUMBERS) return WORD_NUMBERS[t];
  const match = /^[$€£]?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?(k|m)?$/.exec(t);
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
  const scale = match[3] === 'k' ? 1_000 : match[3] === 'm' ? 1_000_000 : 1;
  return Number.isFinite(value) ? value * scale : null;
}

/** A time of day as HH:MM from 9am, 9 am, 9:30, 9.30pm, 21h, noon; null when it is not one. */
export function readTime(text: string): { hour: number; minute: number } | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\./g, (dot, at: number, all: string) => (/\d/.test(all[at + 1] ?? '') ? ':' : ''));
  if (t === 'noon' || t === 'midday') return { hour: 12, minute: 0 };
  if (t === 'midnight') return { hour: 0, minute: 0 };
  const match = /^(\d{1,2})(?::(\d{2}))? ?(am|pm|h|o'clock)?$/.exec(t);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const suffix = match[3];
  if (suffix === 'am' || suffix === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (suffix === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

export const hhmm = (time: { hour: number; minute: number }): string =>
  `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

const WEEKDAY_KEYS: [RegExp, WeekdayKey][] = [
  [/^mon/, 'mon'],
  [/^tue/, 'tue'],
  [/^wed/, 'wed'],
  [/^thu/, 'thu'],
  [/^fri/, 'fri'],
  [/^sat/, 'sat'],
  [/^sun/, 'sun'],
];
export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAY_NAMES: Record<WeekdayKey, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
/** Cron's day-of-week numbers (Sunday is 0). */
export const CRON_WEEKDAY: Record<WeekdayKey, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export function readWeekday(text: string): WeekdayKey | null {
  const t = text.trim().toLowerCase();
  return WEEKDAY_KEYS.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

/** A time zone's canonical IANA name ("europe/paris" → "Europe/Paris"), or null when the runtime does not know it. */
export function readZone(text: string | undefined): string | null {
  if (!text) return null;
  const name = /^(utc|gmt)$/i.test(text) ? 'UTC' : text;
  if (!isTimeZone(name)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

/** Words of a phrase without the quotes a person put around a value. */
export const unquote = (text: string): string => text.trim().replace(/^["“](.*)["”]$/s, '$1');

/** "Party size" → "party_size": how an unknown field or a tag is named. */
export function snakeCase(text: string): string {
  return unquote(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** "party_size" → "party size": how a field is named to a person. */
export const humanise = (name: string): string =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();

/** A URL a step may call: http or https, no credentials in it. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A value read from a phrase, or why the phrase cannot become a step although its words were recognised. */
export type Reading<T> = T | { invalid: string } | null;
export const invalid = (reason: string): { invalid: string } => ({ invalid: reason });
export const isInvalid = (value: unknown): value is { invalid: string } =>
  typeof value === 'object' && value !== null && 'invalid' in value;
