import { ApiProperty } from '@nestjs/swagger';
import { NotEquals, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { Bool, Email, Int, NestedList, OneOf, Text, Uuid } from '../fields';
import { PageOf, PageQuery, type Page } from '../pagination';
import { defineCommand, defineEvent } from '../registry';
import { unsafeTextReason } from '../text-safety';
import { ACTIVITY_TYPES, type ActivityType } from './activities.contracts';
import { TAG_MAX_LENGTH } from './contacts.contracts';

/**
 * What a rule may score. `score_changed` is left out: a rule reacting to score changes would feed on itself.
 */
export const SCORABLE_ACTIVITY_TYPES = ACTIVITY_TYPES.filter(
  (t): t is Exclude<ActivityType, 'score_changed'> => t !== 'score_changed',
);
export type ScorableActivityType = (typeof SCORABLE_ACTIVITY_TYPES)[number];

export const SCORE_CONDITION_OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'starts_with',
  'exists',
  'gt',
  'gte',
  'lt',
  'lte',
] as const;
export type ScoreConditionOperator = (typeof SCORE_CONDITION_OPERATORS)[number];
export const SCORE_RULE_FREQUENCIES = ['once', 'repeatable'] as const;
export type ScoreRuleFrequency = (typeof SCORE_RULE_FREQUENCIES)[number];
/** Where a change of score came from. */
export const SCORE_CHANGE_KINDS = ['rule', 'adjust', 'decay'] as const;
export type ScoreChangeKind = (typeof SCORE_CHANGE_KINDS)[number];

/** Points one rule or one adjustment may give or take at a time. */
export const SCORE_POINTS_MAX = 1000;
/** Bounds of any score (and threshold, floor): far beyond any sane rule set, well inside an int column. */
export const SCORE_LIMIT = 1_000_000;
export const SCORE_RULES_MAX = 200;
export const SCORE_THRESHOLDS_MAX = 50;
export const SCORE_CONDITIONS_MAX = 10;
/**
 * A path into the activity: `component_id`, `site_id`, `workflow_id` name the activity's own columns, anything
 * else walks its `data` (`form_data.company_size`, `page`, `utm.source`). At most 5 segments.
 */
export const SCORE_FIELD_PATTERN = /^[A-Za-z0-9_-]{1,64}(\.[A-Za-z0-9_-]{1,64}){0,4}$/;
export const SCORE_VALUE_MAX_LENGTH = 500;

export type ScoreConditionValue = string | number | boolean;

/** A condition's value: a short single-line text, a finite number or a boolean. */
function ScalarValue(): PropertyDecorator {
  return ValidateBy({
    name: 'scoreConditionValue',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' &&
          value.length <= SCORE_VALUE_MAX_LENGTH &&
          unsafeTextReason(value, false) === null),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property} must be a number, a boolean or a text of at most ${SCORE_VALUE_MAX_LENGTH} characters`,
    },
  });
}

export class ScoreCondition {
  @Text({
    max: 320,
    pattern: SCORE_FIELD_PATTERN,
    patternMessage: 'must be a dotted path such as form_data.company_size, page, utm.source or component_id',
    example: 'form_data.company_size',
    description:
      'component_id, site_id and workflow_id are the activity\'s own; any other path reads its data ("page", "utm.source")',
  })
  field: string;

  @OneOf(SCORE_CONDITION_OPERATORS, { example: 'equals' })
  operator: ScoreConditionOperator;

  @ApiProperty({
    required: false,
    oneOf: [{ type: 'string', maxLength: SCORE_VALUE_MAX_LENGTH }, { type: 'number' }, { type: 'boolean' }],
    example: '51-200',
    description:
      'Required except for exists (true or absent: the field has a value; false: it has none). gt/gte/lt/lte take a ' +
      'number. Text comparisons ignore case; a list in the data matches when one of its items does.',
  })
  @ValidateIf((_, value) => value !== undefined)
  @ScalarValue()
  value?: ScoreConditionValue;
}

export class ScoreRuleFields {
  @Text({ min: 1, max: 120, trim: true, example: 'Pricing page view' }) name: string;
  @OneOf(SCORABLE_ACTIVITY_TYPES, { example: 'page_view' }) activity_type: ScorableActivityType;

  @NestedList(() => ScoreCondition, {
    maxItems: SCORE_CONDITIONS_MAX,
    description: 'All must hold (none: every activity of the type scores)',
  })
  conditions: ScoreCondition[];

  @Int({ min: -SCORE_POINTS_MAX, max: SCORE_POINTS_MAX, example: 10, description: 'Not zero; negative takes points' })
  @NotEquals(0, { message: 'points must not be 0' })
  points: number;

  @OneOf(SCORE_RULE_FREQUENCIES, { example: 'repeatable', description: 'once: at most one award per contact' })
  frequency: ScoreRuleFrequency;

  @Int({
    optional: true,
    nullable: true,
    min: 1,
    max: SCORE_LIMIT,
    example: 50,
    description: 'Most points (in absolute value) this rule may give one contact in total; null: no cap',
  })
  cap?: number | null;

  @Bool({ optional: true, description: 'Default true; an inactive rule scores nothing' }) active?: boolean;
}

export class CreateScoreRuleRequest extends ScoreRuleFields {}

export class UpdateScoreRuleBody {
  @Text({ optional: true, min: 1, max: 120, trim: true }) name?: string;
  @OneOf(SCORABLE_ACTIVITY_TYPES, { optional: true }) activity_type?: ScorableActivityType;
  @NestedList(() => ScoreCondition, { optional: true, maxItems: SCORE_CONDITIONS_MAX }) conditions?: ScoreCondition[];

  @Int({ optional: true, min: -SCORE_POINTS_MAX, max: SCORE_POINTS_MAX })
  @NotEquals(0, { message: 'points must not be 0' })
  points?: number;

  @OneOf(SCORE_RULE_FREQUENCIES, { optional: true }) frequency?: ScoreRuleFrequency;
  @Int({ optional: true, nullable: true, min: 1, max: SCORE_LIMIT }) cap?: number | null;
  @Bool({ optional: true }) active?: boolean;
}

export class UpdateScoreRuleRequest extends UpdateScoreRuleBody {
  @Uuid() rule_id: string;
}

export class ScoreRuleIdRequest {
  @Uuid() rule_id: string;
}

export class ListScoreRulesQuery extends PageQuery {
  @OneOf(SCORABLE_ACTIVITY_TYPES, { optional: true }) activity_type?: ScorableActivityType;
  @Bool({ optional: true, fromQuery: true }) active?: boolean;
}

export class ScoreConditionView {
  @ApiProperty() field: string;
  @ApiProperty({ enum: SCORE_CONDITION_OPERATORS }) operator: ScoreConditionOperator;
  @ApiProperty({ required: false, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] })
  value?: ScoreConditionValue;
}

export class ScoreRuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SCORABLE_ACTIVITY_TYPES }) activity_type: ScorableActivityType;
  @ApiProperty({ type: ScoreConditionView, isArray: true }) conditions: ScoreConditionView[];
  @ApiProperty() points: number;
  @ApiProperty({ enum: SCORE_RULE_FREQUENCIES }) frequency: ScoreRuleFrequency;
  @ApiProperty({ type: Number, nullable: true }) cap: number | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
export const ScoreRulePage = PageOf(ScoreRuleView);

/** Decay: inactive contacts lose points, once per period, never below the floor. */
export class ScoreSettingsBody {
  @Bool({ description: 'Decay runs for this workspace' }) enabled: boolean;
  @Int({ min: 1, max: SCORE_POINTS_MAX, example: 5, description: 'Points taken each period' }) points: number;
  @Int({ min: 1, max: 3650, example: 30, description: 'Days without activity before the first decay' })
  after_days: number;

  @Int({ min: 1, max: 3650, example: 30, description: 'Days between two decays while still inactive' })
  every_days: number;

  @Int({
    optional: true,
    min: -SCORE_LIMIT,
    max: SCORE_LIMIT,
    default: 0,
    description: 'Decay never takes a score below this (default 0)',
  })
  floor?: number;
}

export class UpdateScoreSettingsRequest extends ScoreSettingsBody {}
export class GetScoreSettingsRequest {}

export class ScoreSettingsView {
  @ApiProperty() enabled: boolean;
  @ApiProperty() points: number;
  @ApiProperty() after_days: number;
  @ApiProperty() every_days: number;
  @ApiProperty() floor: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: never set (defaults)' })
  updated_at: string | null;
}

export class ScoreThresholdFields {
  @Text({ min: 1, max: 100, trim: true, example: 'MQL' }) name: string;
  @Int({ min: -SCORE_LIMIT, max: SCORE_LIMIT, example: 50, description: 'Reached when a score rises to it or past it' })
  score: number;

  @Text({
    optional: true,
    nullable: true,
    min: 1,
    max: TAG_MAX_LENGTH,
    trim: true,
    example: 'mql',
    description: 'A tag the contact gets on crossing upward',
  })
  tag_to_add?: string | null;
}

export class CreateScoreThresholdRequest extends ScoreThresholdFields {}

export class UpdateScoreThresholdBody {
  @Text({ optional: true, min: 1, max: 100, trim: true }) name?: string;
  @Int({ optional: true, min: -SCORE_LIMIT, max: SCORE_LIMIT }) score?: number;
  @Text({ optional: true, nullable: true, min: 1, max: TAG_MAX_LENGTH, trim: true }) tag_to_add?: string | null;
}

export class UpdateScoreThresholdRequest extends UpdateScoreThresholdBody {
  @Uuid() threshold_id: string;
}

export class ScoreThresholdIdRequest {
  @Uuid() threshold_id: string;
}

export class ListScoreThresholdsRequest {}

export class ScoreThresholdView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, nullable: true }) tag_to_add: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
export const ScoreThresholdPage = PageOf(ScoreThresholdView);

export class ContactScoreQuery extends PageQuery {}

export class ContactScoreRequest extends ContactScoreQuery {
  @Uuid() contact_id: string;
}

export class ScoreChangeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Points actually applied (a cap or the floor may have cut them)' }) points: number;
  @ApiProperty({ example: 'rule: Pricing page view' }) reason: string;
  @ApiProperty({ enum: SCORE_CHANGE_KINDS }) kind: ScoreChangeKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) rule_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) activity_id: string | null;
  @ApiProperty({ description: 'The score right after this change' }) score_after: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}
export const ScoreChangePage = PageOf(ScoreChangeView);

export class ContactScoreView {
  @ApiProperty({ format: 'uuid' }) contact_id: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: ScoreChangePage, description: 'Every change of the score with its reason, newest first' })
  changes: Page<ScoreChangeView>;
}

export class RecomputeScoreRequest {
  @Uuid() contact_id: string;
}

export class RecomputedScoreView {
  @ApiProperty({ format: 'uuid' }) contact_id: string;
  @ApiProperty({ description: 'The sum of the change log' }) score: number;
  @ApiProperty({ description: 'What the contact carried before' }) previous_score: number;
  @ApiProperty({ description: 'True when the stored score was wrong and has been corrected' }) corrected: boolean;
}

/** `crm.score.adjust`: a workflow step adds or takes points, once per idempotency key. */
export class AdjustScoreRequest {
  @Uuid({ optional: true, description: 'The contact (or give its email)' }) contact_id?: string;
  @Email({ optional: true }) email?: string;

  @Int({ min: -SCORE_POINTS_MAX, max: SCORE_POINTS_MAX, example: 15 })
  @NotEquals(0, { message: 'points must not be 0' })
  points: number;

  @Text({ min: 1, max: 200, trim: true, example: 'Booked a demo' }) reason: string;

  @Text({ optional: true, max: 200, description: 'The same key again answers the first result and changes nothing' })
  idempotency_key?: string;
}

export class ScoreAdjustedView {
  @ApiProperty({ format: 'uuid' }) contact_id: string;
  @ApiProperty() score: number;
  @ApiProperty() previous_score: number;
  @ApiProperty() points: number;
}

export const CREATE_SCORE_RULE = defineCommand({
  name: 'crm.score-rule.create',
  service: 'crm',
  request: CreateScoreRuleRequest,
  reply: ScoreRuleView,
  scope: 'workspace',
  mutation: true,
  description: 'Adds a lead-scoring rule: an activity type and conditions give points (once or repeatedly, capped).',
});

export const LIST_SCORE_RULES = defineCommand({
  name: 'crm.score-rule.list',
  service: 'crm',
  request: ListScoreRulesQuery,
  reply: ScoreRulePage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's scoring rules, newest first.",
});

export const GET_SCORE_RULE = defineCommand({
  name: 'crm.score-rule.get',
  service: 'crm',
  request: ScoreRuleIdRequest,
  reply: ScoreRuleView,
  scope: 'workspace',
  mutation: false,
  description: 'One scoring rule.',
});

export const UPDATE_SCORE_RULE = defineCommand({
  name: 'crm.score-rule.update',
  service: 'crm',
  request: UpdateScoreRuleRequest,
  reply: ScoreRuleView,
  scope: 'workspace',
  mutation: true,
  description: 'Changes a scoring rule (points already given stay in the log).',
});

export const DELETE_SCORE_RULE = defineCommand({
  name: 'crm.score-rule.delete',
  service: 'crm',
  request: ScoreRuleIdRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a scoring rule (points already given stay in the log).',
});

export const GET_SCORE_SETTINGS = defineCommand({
  name: 'crm.score-settings.get',
  service: 'crm',
  request: GetScoreSettingsRequest,
  reply: ScoreSettingsView,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's score decay settings (defaults when never set).",
});

export const UPDATE_SCORE_SETTINGS = defineCommand({
  name: 'crm.score-settings.update',
  service: 'crm',
  request: UpdateScoreSettingsRequest,
  reply: ScoreSettingsView,
  scope: 'workspace',
  mutation: true,
  description: "Sets the workspace's score decay: points taken per period of inactivity, down to a floor.",
});

export const CREATE_SCORE_THRESHOLD = defineCommand({
  name: 'crm.score-threshold.create',
  service: 'crm',
  request: CreateScoreThresholdRequest,
  reply: ScoreThresholdView,
  scope: 'workspace',
  mutation: true,
  description: 'Adds a score threshold (e.g. MQL at 50): crossing it upward publishes an event and may add a tag.',
});

export const LIST_SCORE_THRESHOLDS = defineCommand({
  name: 'crm.score-threshold.list',
  service: 'crm',
  request: ListScoreThresholdsRequest,
  reply: ScoreThresholdPage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's score thresholds, lowest score first.",
});

export const GET_SCORE_THRESHOLD = defineCommand({
  name: 'crm.score-threshold.get',
  service: 'crm',
  request: ScoreThresholdIdRequest,
  reply: ScoreThresholdView,
  scope: 'workspace',
  mutation: false,
  description: 'One score threshold.',
});

export const UPDATE_SCORE_THRESHOLD = defineCommand({
  name: 'crm.score-threshold.update',
  service: 'crm',
  request: UpdateScoreThresholdRequest,
  reply: ScoreThresholdView,
  scope: 'workspace',
  mutation: true,
  description: "Changes a score threshold's name, score or tag.",
});

export const DELETE_SCORE_THRESHOLD = defineCommand({
  name: 'crm.score-threshold.delete',
  service: 'crm',
  request: ScoreThresholdIdRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a score threshold.',
});

export const GET_CONTACT_SCORE = defineCommand({
  name: 'crm.score.get',
  service: 'crm',
  request: ContactScoreRequest,
  reply: ContactScoreView,
  scope: 'workspace',
  mutation: false,
  description: "A contact's lead score and its change log (reasons), newest first.",
});

export const RECOMPUTE_SCORE = defineCommand({
  name: 'crm.score.recompute',
  service: 'crm',
  request: RecomputeScoreRequest,
  reply: RecomputedScoreView,
  scope: 'workspace',
  mutation: true,
  description: "Rebuilds a contact's score as the sum of its change log (rules are not re-evaluated).",
});

export const ADJUST_SCORE = defineCommand({
  name: 'crm.score.adjust',
  service: 'crm',
  request: AdjustScoreRequest,
  reply: ScoreAdjustedView,
  scope: 'workspace',
  mutation: true,
  description: 'Adds or takes points (by contact id or email) with a reason; idempotent by key (workflow steps).',
});

export class ScoreThresholdReachedV1 {
  @Uuid() contact_id: string;
  @Uuid() threshold_id: string;
  @Text({ max: 100 }) threshold_name: string;
  @Int({ min: -1_000_000_000, max: 1_000_000_000 }) score: number;
  @Int({ min: -1_000_000_000, max: 1_000_000_000 }) previous_score: number;
}

export const SCORE_THRESHOLD_REACHED = defineEvent({
  name: 'crm.contact.score_threshold_reached.v1',
  producer: 'crm',
  payload: ScoreThresholdReachedV1,
  description:
    "A contact's score rose from below a threshold to it or past it (once per upward crossing: it publishes again " +
    'only after the score has fallen below and risen again).',
});
