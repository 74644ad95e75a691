import type { ScoreCondition, ScoreConditionValue } from '@mab/contracts';

/** What a rule's conditions can see of an activity: its own ids and its data. */
export interface ScoredActivity {
  data: Record<string, unknown>;
  siteId: string | null;
  componentId: string | null;
  workflowId: string | null;
}

/** Paths that name the activity's own columns rather than a key of its data. */
const OWN_FIELDS: Record<string, (a: ScoredActivity) => unknown> = {
  component_id: (a) => a.componentId,
  site_id: (a) => a.siteId,
  workflow_id: (a) => a.workflowId,
};

const NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The value at `path` (`form_data.company_size`), or undefined. Only own keys: `__proto__` finds nothing. */
export function fieldValue(activity: ScoredActivity, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(OWN_FIELDS, path)) return OWN_FIELDS[path](activity) ?? undefined;
  let value: unknown = activity.data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A number, from a number or a numeric text (form fields arrive as text); null otherwise. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return null;
}

/** Text comparisons ignore case and surrounding spaces: "Pricing" in a form is "pricing" in a rule. */
const text = (value: unknown): string | null =>
  typeof value === 'string'
    ? value.trim().toLowerCase()
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value).toLowerCase()
      : null;

function scalarEquals(actual: unknown, expected: ScoreConditionValue): boolean {
  if (typeof expected === 'boolean') {
    return actual === expected || (typeof actual === 'string' && text(actual) === String(expected));
  }
  const a = asNumber(actual);
  const e = asNumber(expected);
  if (a !== null && e !== null) return a === e;
  const t = text(actual);
  return t !== null && t === text(expected);
}

const hasValue = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0);

/** Whether one condition holds for the activity. A list in the data matches when one of its items does. */
export function conditionHolds(condition: ScoreCondition, activity: ScoredActivity): boolean {
  const actual = fieldValue(activity, condition.field);
  const expected = condition.value;
  const items = Array.isArray(actual) ? actual : [actual];
  const any = (test: (item: unknown) => boolean) => items.some(test);
  switch (condition.operator) {
    case 'exists':
      return hasValue(actual) === (expected === undefined || expected === true);
    case 'equals':
      return expected !== undefined && any((item) => scalarEquals(item, expected));
    case 'not_equals':
      // A field the activity lacks is "not X" too.
      return expected !== undefined && !any((item) => scalarEquals(item, expected));
    case 'contains': {
      const needle = text(expected);
      return needle !== null && any((item) => text(item)?.includes(needle) ?? false);
    }
    case 'starts_with': {
      const prefix = text(expected);
      return prefix !== null && any((item) => text(item)?.startsWith(prefix) ?? false);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = asNumber(expected);
      if (bound === null) return false;
      return any((item) => {
        const n = asNumber(item);
        if (n === null) return false;
        if (condition.operator === 'gt') return n > bound;
        if (condition.operator === 'gte') return n >= bound;
        if (condition.operator === 'lt') return n < bound;
        return n <= bound;
      });
    }
    default:
      return false;
  }
}

/** All conditions hold (no conditions: every activity of the rule's type matches). */
export function conditionsHold(conditions: readonly ScoreCondition[], activity: ScoredActivity): boolean {
  return conditions.every((condition) => conditionHolds(condition, activity));
}

export interface ConditionProblem {
  field: string;
  constraints: string[];
}

/**
 * What the field decorators cannot say about a condition: which operators need a value and of what kind. Each
 * problem names the condition's field path in the request (`conditions.1.value`).
 */
export function conditionProblems(conditions: readonly ScoreCondition[]): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  conditions.forEach((condition, i) => {
    const field = `conditions.${i}.value`;
    const { operator, value } = condition;
    if (operator === 'exists') {
      if (value !== undefined && typeof value !== 'boolean')
        problems.push({ field, constraints: ['value of exists must be true, false or absent'] });
    } else if (value === undefined) {
      problems.push({ field, constraints: [`value is required for ${operator}`] });
    } else if (['gt', 'gte', 'lt', 'lte'].includes(operator) && asNumber(value) === null) {
      problems.push({ field, constraints: [`value of ${operator} must be a number`] });
    } else if ((operator === 'contains' || operator === 'starts_with') && text(value) === '') {
      problems.push({ field, constraints: [`value of ${operator} must not be empty`] });
    }
  });
  return problems;
}
