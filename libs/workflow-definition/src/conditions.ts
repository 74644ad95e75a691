/**
 * Field conditions: `{field: 'form_data.party_size', operator: 'gt', value: 8}`. Used by triggers (paths into the
 * trigger's data), by `condition` and `switch` nodes (paths into what an expression sees: `trigger.…`, `steps.…`)
 * and by the CRM's lead-scoring rules (paths into an activity), so "equals" means one thing everywhere: text
 * compared without case or surrounding spaces, numeric text compared as a number (form fields arrive as text), and
 * a list matching when one of its items does.
 */
export const CONDITION_OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'exists',
  'not_exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];
export type ConditionScalar = string | number | boolean;
export type ConditionValue = ConditionScalar | ConditionScalar[];

export interface FieldCondition {
  field: string;
  operator: ConditionOperator;
  value?: unknown;
}

/** A path of keys and list indexes: `form_data.email`, `steps.lookup.output.items.0.id`. */
export const CONDITION_FIELD_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
const NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The value at a dotted path, own keys only (`__proto__`, `constructor` find nothing); undefined when absent. */
export function valueAtPath(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(key)) return undefined;
      value = value[Number(key)];
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A number, from a number or a numeric text; null otherwise. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return null;
}

/** Text comparisons ignore case and surrounding spaces: "Pricing" in a form is "pricing" in a rule. */
export function comparableText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toLowerCase();
  return null;
}

function scalarEquals(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'boolean') {
    return actual === expected || (typeof actual === 'string' && comparableText(actual) === String(expected));
  }
  const a = asNumber(actual);
  const e = asNumber(expected);
  if (a !== null && e !== null) return a === e;
  const t = comparableText(actual);
  return t !== null && t === comparableText(expected);
}

/** Whether a value is there: not missing, null, blank text or an empty list. */
export function hasValue(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    !(typeof value === 'string' && value.trim() === '') &&
    !(Array.isArray(value) && value.length === 0)
  );
}

/** Whether one condition holds for the value at its field (`lookup` reads a path). */
export function conditionHolds(condition: FieldCondition, lookup: (path: string) => unknown): boolean {
  const actual = lookup(condition.field);
  const expected = condition.value;
  const items = Array.isArray(actual) ? actual : [actual];
  const any = (test: (item: unknown) => boolean) => items.some(test);
  const textTest = (test: (item: string, needle: string) => boolean) => {
    const needle = comparableText(expected);
    return (
      needle !== null && any((item) => (comparableText(item) === null ? false : test(comparableText(item)!, needle)))
    );
  };
  switch (condition.operator) {
    case 'exists':
      return hasValue(actual) === (expected === undefined || expected === true);
    case 'not_exists':
      return !hasValue(actual);
    case 'equals':
      return expected !== undefined && any((item) => scalarEquals(item, expected));
    case 'not_equals':
      // A field that is missing is "not X" too.
      return expected !== undefined && !any((item) => scalarEquals(item, expected));
    case 'contains':
      return textTest((item, needle) => item.includes(needle));
    case 'not_contains':
      return !textTest((item, needle) => item.includes(needle));
    case 'starts_with':
      return textTest((item, needle) => item.startsWith(needle));
    case 'ends_with':
      return textTest((item, needle) => item.endsWith(needle));
    case 'in':
      return Array.isArray(expected) && any((item) => expected.some((option) => scalarEquals(item, option)));
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

/** All conditions hold (`match: 'any'`: one does). No conditions: true. */
export function conditionsHold(
  conditions: readonly FieldCondition[],
  lookup: (path: string) => unknown,
  match: 'all' | 'any' = 'all',
): boolean {
  if (!conditions.length) return true;
  return match === 'any'
    ? conditions.some((c) => conditionHolds(c, lookup))
    : conditions.every((c) => conditionHolds(c, lookup));
}

/**
 * What a schema cannot say about a condition: which operators need a value and of what kind. Each problem names
 * the value's path (`<at>[1].value`, or as `index` formats it).
 */
export function conditionValueProblems(
  conditions: readonly FieldCondition[],
  valuePath: (index: number) => string,
  { expressionsAllowed = false }: { expressionsAllowed?: boolean } = {},
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  conditions.forEach((condition, i) => {
    const field = valuePath(i);
    const { operator, value } = condition;
    // A value written as an expression is known when the step runs.
    if (expressionsAllowed && typeof value === 'string' && value.includes('{{')) return;
    if (operator === 'exists') {
      if (value !== undefined && typeof value !== 'boolean')
        problems.push({ field, message: 'value of exists must be true, false or absent' });
    } else if (operator === 'not_exists') {
      if (value !== undefined) problems.push({ field, message: 'not_exists takes no value' });
    } else if (value === undefined) {
      problems.push({ field, message: `value is required for ${operator}` });
    } else if (operator === 'in') {
      if (!Array.isArray(value) || !value.length) problems.push({ field, message: 'value of in must be a list' });
    } else if (['gt', 'gte', 'lt', 'lte'].includes(operator) && asNumber(value) === null) {
      problems.push({ field, message: `value of ${operator} must be a number` });
    } else if (['contains', 'not_contains', 'starts_with', 'ends_with'].includes(operator) && !comparableText(value)) {
      problems.push({ field, message: `value of ${operator} must not be empty` });
    } else if (typeof value === 'object' && value !== null) {
      problems.push({ field, message: `value of ${operator} must be text, a number or true/false` });
    }
  });
  return problems;
}
