import type { ScoreChangeView, ScoreRuleView, ScoreSettingsView, ScoreThresholdView } from '@mab/contracts';
import type { ScoreChangeEntity } from './score-change.entity';
import type { ScoreRuleEntity } from './score-rule.entity';
import type { ScoreSettingsEntity } from './score-settings.entity';
import type { ScoreThresholdEntity } from './score-threshold.entity';

/** Decay as a workspace has it before anyone sets it: off, with values that make sense once switched on. */
export const DEFAULT_SCORE_SETTINGS = { enabled: false, points: 5, afterDays: 30, everyDays: 30, floor: 0 };

export function scoreRuleView(rule: ScoreRuleEntity): ScoreRuleView {
  return {
    id: rule.id,
    name: rule.name,
    activity_type: rule.activityType,
    conditions: rule.conditions.map((c) => ({
      field: c.field,
      operator: c.operator,
      ...(c.value !== undefined ? { value: c.value } : {}),
    })),
    points: rule.points,
    frequency: rule.frequency,
    cap: rule.cap,
    active: rule.active,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}

export function scoreSettingsView(settings: ScoreSettingsEntity | null): ScoreSettingsView {
  const s = settings ?? DEFAULT_SCORE_SETTINGS;
  return {
    enabled: s.enabled,
    points: s.points,
    after_days: s.afterDays,
    every_days: s.everyDays,
    floor: s.floor,
    updated_at: settings ? settings.updatedAt.toISOString() : null,
  };
}

export function scoreThresholdView(threshold: ScoreThresholdEntity): ScoreThresholdView {
  return {
    id: threshold.id,
    name: threshold.name,
    score: threshold.score,
    tag_to_add: threshold.tagToAdd,
    created_at: threshold.createdAt.toISOString(),
    updated_at: threshold.updatedAt.toISOString(),
  };
}

export function scoreChangeView(change: ScoreChangeEntity): ScoreChangeView {
  return {
    id: change.id,
    points: change.points,
    reason: change.reason,
    kind: change.kind,
    rule_id: change.ruleId,
    activity_id: change.activityId,
    score_after: change.scoreAfter,
    created_at: change.createdAt.toISOString(),
  };
}
