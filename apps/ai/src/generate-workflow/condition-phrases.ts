import type { ConditionOperator, ConditionScalar, ConditionValue } from '@mab/workflow-definition';
import type { ComponentContext, ComponentField } from '../context/component-context';
import { humanise, invalid, isInvalid, NUMBER, readNumber, snakeCase, unquote, type Reading } from './phrase-patterns';
import type { ConditionGroup, ConditionIntent } from './workflow-intents';

/**
 * Conditions: "the party is bigger than 8", "budget is at least 5000", "the email contains gmail.com", "they chose
 * the Pro plan", "the message is not empty". The words before the comparison name a field of the component (by
 * name, label or synonym: "party" and "guests" find party_size); without a component they become the field's
 * name, snake_cased.
 */

const SYNONYMS: string[][] = [
  ['party', 'guest', 'people', 'person', 'cover', 'group', 'pax', 'attendee', 'seat', 'headcount', 'diner'],
  ['date', 'day', 'when', 'arrival', 'checkin'],
  ['time', 'hour', 'slot'],
  ['email', 'e-mail', 'mail'],
  ['phone', 'telephone', 'mobile', 'tel', 'cell'],
  ['message', 'comment', 'note', 'question', 'enquiry', 'inquiry', 'request', 'detail', 'body', 'text', 'description'],
  ['name', 'fullname'],
  ['budget', 'price', 'amount', 'spend', 'cost', 'value'],
  ['company', 'organisation', 'organization', 'business', 'firm', 'employer'],
  ['plan', 'package', 'tier', 'subscription', 'option', 'product'],
  ['country', 'nation'],
  ['city', 'town'],
  ['consent', 'agree', 'agreement', 'opt', 'optin', 'permission', 'marketing', 'term'],
  ['service', 'interest', 'topic', 'subject', 'category', 'reason'],
];
/** Words that do not name a field: "the visitor's party size" is about party size. */
const STOPWORDS = new Set(
  [
    'the',
    'their',
    'his',
    'her',
    'its',
    'our',
    'a',
    'an',
    'your',
    'this',
    'that',
    'of',
    'they',
    'them',
    'in',
    'on',
  ].concat(['for', 'how', 'many', 'much', 'visitor', 'customer', 'client', 'user', 'submitted', 'given']),
);

const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/** The meaningful words of a subject: "the visitor's party size" → party, size. */
function subjectWords(subject: string): string[] {
  return unquote(subject)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((w) => w && !STOPWORDS.has(w))
    .map(singular);
}

const fieldWords = (field: ComponentField): Set<string> =>
  new Set(
    `${field.name.replace(/([a-z])([A-Z])/g, '$1 $2')} ${field.label ?? ''}`
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map(singular),
  );

function fieldScore(words: string[], field: ComponentField): number {
  const joined = words.join('_');
  if (joined === field.name.toLowerCase() || words.join(' ') === field.label?.toLowerCase()) return 100;
  const own = fieldWords(field);
  let score = 0;
  for (const word of words) {
    if (own.has(word)) score += 10;
    else if (SYNONYMS.some((group) => group.includes(word) && group.some((s) => own.has(s)))) score += 6;
  }
  return score;
}

export interface ResolvedField {
  field: string;
  label: string;
  spec: ComponentField | null;
}

const FIELD_NAME = /^[A-Za-z0-9_-]+$/;

/** The component's field a subject names; its snake_case name when there is no component to ask. */
export function resolveField(subject: string, component: ComponentContext | null | undefined): Reading<ResolvedField> {
  const words = subjectWords(subject);
  if (!words.length) return null;
  const fields = component?.fields ?? [];
  if (!fields.length) {
    // Nothing to match against: the words as written (less "the", "their", …) name the field.
    const written = unquote(subject)
      .toLowerCase()
      .replace(/'s\b/g, '')
      .replace(/^(?:(?:the|their|his|her|its|our|a|an|your|this|that|visitor|customer|client|user) )+/, '');
    const name = snakeCase(written);
    if (!/^[a-z_]/.test(name)) return null;
    return { field: name, label: written, spec: null };
  }
  let best: ComponentField | null = null;
  let bestScore = 0;
  for (const field of fields) {
    const score = fieldScore(words, field);
    if (score > bestScore) [best, bestScore] = [field, score];
  }
  if (!best) {
    const names = fields.map((f) => f.name).join(', ');
    return invalid(`the form has no field like "${words.join(' ')}" (its fields: ${names})`);
  }
  if (!FIELD_NAME.test(best.name)) return invalid(`the field "${best.name}" cannot be used in a condition`);
  return { field: best.name, label: best.label ? best.label.toLowerCase() : humanise(best.name), spec: best };
}

// ---- values ------------------------------------------------------------------------------------------------------

const UNITS = String.raw`(?: (?:people|persons|guests|points|euros?|dollars?|pounds?|usd|eur|gbp|items|seats|covers|years?(?: old)?|kids|children|adults|employees|users|nights|days|€|\$))?`;
/** Words that start a comparison: a value of "is" never begins with them. */
const COMPARISON_START =
  /^(?:not|bigger|larger|greater|more|higher|over|above|smaller|less|fewer|lower|under|below|at least|at most|one of|either|empty|blank|missing|filled|given|provided|set|checked|ticked|unchecked|between|no more|no less|up to)\b/i;

/** A value as written: a number stays a number; a select's option takes the option's spelling. */
function scalarValue(text: string, spec: ComponentField | null): ConditionScalar {
  const raw = unquote(text);
  const quoted = raw !== text.trim();
  const number = quoted ? null : readNumber(raw);
  if (number !== null && /\d/.test(raw)) return number;
  const lower = raw.toLowerCase();
  if (!quoted && spec?.type === 'checkbox' && /^(yes|true|checked|no|false|unchecked)$/.test(lower))
    return /^(yes|true|checked)$/.test(lower);
  const word = quoted ? raw : raw.replace(/^(?:a|an|the) /i, '');
  const option = spec?.options?.find((o) => o.toLowerCase() === word.toLowerCase());
  return option ?? word;
}

function listValue(text: string, spec: ComponentField | null): ConditionScalar[] | null {
  const items = text
    .split(/\s*,\s*|\s+or\s+|\s+and\s+/i)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => scalarValue(item, spec));
  return items.length ? items : null;
}

// ---- comparisons -------------------------------------------------------------------------------------------------

interface Rule {
  pattern: RegExp;
  operator: ConditionOperator;
  /** The value it compares with, from the matched groups; undefined: none (exists); null: not a valid value. */
  value?: (groups: Record<string, string>, spec: ComponentField | null) => ConditionValue | null | undefined;
}

const rule = (source: string, operator: ConditionOperator, value?: Rule['value']): Rule => ({
  pattern: new RegExp(`^${source}$`, 'i'),
  operator,
  value,
});
const S = String.raw`(?<subject>.+?)`;
const V = String.raw`(?<value>.+)`;
const N = String.raw`(?<value>${NUMBER})${UNITS}`;
const number = (g: Record<string, string>) => readNumber(g.value);
const text = (g: Record<string, string>) => unquote(g.value).trim() || null;
const scalar = (g: Record<string, string>, spec: ComponentField | null) =>
  COMPARISON_START.test(g.value) ? null : scalarValue(g.value, spec);
const IS = String.raw`(?:is|are|was|were)`;

/** The person who filled the form in, as the subject of "they chose …", "they left …". */
const THEY = String.raw`(?:they|he|she|the (?:visitor|customer|client|guest|lead|contact|person|user))`;
const A = String.raw`(?:(?:a|an|their|his|her|the|some) )?`;

const RULES: Rule[] = [
  rule(
    String.raw`${THEY} (?:did not|didn't|do not|don't) (?:give|provide|enter|leave|fill in|include|add|share) ${A}${S}`,
    'not_exists',
  ),
  rule(
    String.raw`${THEY} (?:gave|give|provided|provide|entered|left|filled in|included|added|shared) ${A}${S}`,
    'exists',
  ),
  rule(
    String.raw`${S} ${IS} (?:not empty|non-empty|filled(?: in| out)?|given|provided|present|set|entered|answered)`,
    'exists',
  ),
  rule(String.raw`${S} (?:is not|isn't|was not|wasn't) (?:empty|blank|missing)`, 'exists'),
  rule(String.raw`${S} exists`, 'exists'),
  rule(
    String.raw`${S} ${IS} (?:empty|blank|missing|not given|not provided|not set|not filled(?: in| out)?|left (?:empty|blank))`,
    'not_exists',
  ),
  rule(String.raw`${S} (?:does not|doesn't) exist`, 'not_exists'),
  rule(String.raw`${S} ${IS} (?:checked|ticked|accepted|agreed)`, 'equals', () => true),
  rule(String.raw`${S} ${IS} (?:unchecked|not checked|not ticked|not accepted|declined)`, 'equals', () => false),
  rule(
    String.raw`${S} (?:${IS} |has |have )?(?:at least|greater than or equal to|more than or equal to|no less than|not less than|>=|≥|minimum) ${N}`,
    'gte',
    number,
  ),
  rule(String.raw`${S} (?:${IS} )?${N} or (?:more|over|above|higher|greater|bigger|larger)`, 'gte', number),
  rule(
    String.raw`${S} (?:${IS} |has |have )?(?:at most|less than or equal to|no more than|not more than|up to|<=|≤|maximum) ${N}`,
    'lte',
    number,
  ),
  rule(String.raw`${S} (?:${IS} )?${N} or (?:less|fewer|under|below|lower|smaller)`, 'lte', number),
  rule(
    String.raw`${S} (?:${IS} |has |have )?(?:bigger|larger|greater|more|higher|older|longer|over|above)(?: than)? ${N}`,
    'gt',
    number,
  ),
  rule(String.raw`${S} (?:exceeds|exceed|tops|is >|>) ${N}`, 'gt', number),
  rule(
    String.raw`${S} (?:${IS} |has |have )?(?:smaller|less|fewer|lower|younger|shorter|under|below)(?: than)? ${N}`,
    'lt',
    number,
  ),
  rule(String.raw`${S} (?:is <|<) ${N}`, 'lt', number),
  rule(String.raw`${S} (?:does not|doesn't|do not|don't) (?:contain|include|mention) ${V}`, 'not_contains', text),
  rule(String.raw`${S} (?:contains|contain|includes|include|mentions|mention) ${V}`, 'contains', text),
  rule(String.raw`${S} (?:starts|begins|start|begin) with ${V}`, 'starts_with', text),
  rule(String.raw`${S} (?:ends|end) with ${V}`, 'ends_with', text),
  rule(String.raw`${S} ${IS} (?:one of|either|any of|in) ${V}`, 'in', (g, spec) => listValue(g.value, spec)),
  rule(
    String.raw`${S} (?:is not|isn't|is other than|does not equal|doesn't equal|!=|≠|is anything but|is different from) ${V}`,
    'not_equals',
    scalar,
  ),
  rule(String.raw`${S} (?:is|equals|is equal to|=|==|is set to|was|are) (?:exactly )?${V}`, 'equals', scalar),
];

const NOUN = String.raw`(?<noun>plan|option|package|tier|service|menu|product|room|size|type|course|class|time|slot|level|date|day)`;
const CHOSE = new RegExp(
  String.raw`^${THEY} (?<negated>did not |didn't |do not |don't )?(?:chose|choose|chooses|picked|pick|picks|selected|select|selects|opted for|opt for|went for|go for|want|wants|wanted|asked for|ask for|requested|request|ordered|order)(?: the| a| an)? (?<value>.+?)(?: ${NOUN})?$`,
  'i',
);
const THERE_ARE = new RegExp(
  String.raw`^there (?:are|is|will be) (?<op>more than|over|at least|fewer than|less than|under|at most|no more than|exactly) (?<value>${NUMBER}) (?<subject>.+)$`,
  'i',
);
const THERE_OPERATORS: Record<string, ConditionOperator> = {
  'more than': 'gt',
  over: 'gt',
  'at least': 'gte',
  'fewer than': 'lt',
  'less than': 'lt',
  under: 'lt',
  'at most': 'lte',
  'no more than': 'lte',
  exactly: 'equals',
};

/** "they chose the Pro plan": the field is the one offering that option, else the one the noun names. */
function readChoice(text: string, component: ComponentContext | null | undefined): Reading<ConditionIntent> {
  const match = CHOSE.exec(text);
  if (!match?.groups) return null;
  const value = unquote(match.groups.value);
  const offering = component?.fields.find((f) => f.options?.some((o) => o.toLowerCase() === value.toLowerCase()));
  const resolved: Reading<ResolvedField> = offering
    ? { field: offering.name, label: offering.label?.toLowerCase() ?? humanise(offering.name), spec: offering }
    : match.groups.noun
      ? resolveField(match.groups.noun, component)
      : null;
  if (!resolved || isInvalid(resolved)) return resolved;
  return {
    field: resolved.field,
    label: resolved.label,
    operator: match.groups.negated ? 'not_equals' : 'equals',
    value: scalarValue(value, resolved.spec),
  };
}

function readThereAre(text: string, component: ComponentContext | null | undefined): Reading<ConditionIntent> {
  const match = THERE_ARE.exec(text);
  if (!match?.groups) return null;
  const value = readNumber(match.groups.value);
  const resolved = resolveField(match.groups.subject, component);
  if (value === null || !resolved || isInvalid(resolved)) return resolved && isInvalid(resolved) ? resolved : null;
  return {
    field: resolved.field,
    label: resolved.label,
    operator: THERE_OPERATORS[match.groups.op.toLowerCase()],
    value,
  };
}

/** One comparison, or null when the words are none. */
export function readCondition(text: string, component: ComponentContext | null | undefined): Reading<ConditionIntent> {
  const special = readThereAre(text, component) ?? readChoice(text, component);
  if (special) return special;
  for (const { pattern, operator, value } of RULES) {
    const match = pattern.exec(text.trim());
    if (!match?.groups) continue;
    const compared = value ? value(match.groups, null) : undefined;
    if (compared === null) continue;
    const resolved = resolveField(match.groups.subject, component);
    if (!resolved) continue;
    if (isInvalid(resolved)) return resolved;
    // Read the value again now that the field is known (its options, whether it is a checkbox).
    let final = value ? value(match.groups, resolved.spec) : undefined;
    // "the plan is Pro or Team" is "one of".
    if (operator === 'equals' && typeof final === 'string' && /\sor\s/i.test(final)) {
      const list = listValue(final, resolved.spec);
      if (list) return { field: resolved.field, label: resolved.label, operator: 'in', value: list };
    }
    if (final === null) final = undefined;
    return { field: resolved.field, label: resolved.label, operator, ...(final !== undefined ? { value: final } : {}) };
  }
  return null;
}

/** A condition, or several joined by "or" ("budget is over 5000 or the plan is Team": any of them). */
export function readConditionGroup(
  text: string,
  component: ComponentContext | null | undefined,
): Reading<ConditionGroup> {
  const parts = text.split(/\s+or\s+/i);
  if (parts.length > 1) {
    const read = parts.map((part) => readCondition(part, component));
    if (read.every((r) => r && !isInvalid(r))) return { conditions: read as ConditionIntent[], match: 'any' };
  }
  const single = readCondition(text, component);
  if (!single || isInvalid(single)) return single;
  return { conditions: [single], match: 'all' };
}
