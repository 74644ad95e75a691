import type { ScoreCondition } from '@mab/contracts';
import {
  asNumber,
  conditionHolds as fieldConditionHolds,
  conditionValueProblems,
  valueAtPath,
} from '@mab/workflow-definition';

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

/** The value at `path` (`form_data.company_size`), or undefined. Only own keys: `__proto__` finds nothing. */
export function fieldValue(activity: ScoredActivity, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(OWN_FIELDS, path)) return OWN_FIELDS[path](activity) ?? undefined;
  return valueAtPath(activity.data, path);
}

export { asNumber };

/**
 * Whether one condition holds for the activity, with the meaning workflow conditions have (one implementation in
 * libs/workflow-definition): text without case, numeric text as numbers, a list matching when one item does.
 */
export function conditionHolds(condition: ScoreCondition, activity: ScoredActivity): boolean {
  return fieldConditionHolds(condition, (path) => fieldValue(activity, path));
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
  return conditionValueProblems(conditions, (i) => `conditions.${i}.value`).map(({ field, message }) => ({
    field,
    constraints: [message],
  }));
}
