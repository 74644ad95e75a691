import { ApiProperty } from '@nestjs/swagger';
import { Int, NestedList, OneOf, Text, Uuid } from '../fields';
import { PageOf } from '../pagination';
import { defineCommand } from '../registry';
import { PAGE_PATH_MAX_LENGTH } from '../template/sites.contracts';
import { AnalyticsWindowQuery, AnalyticsWindowView } from './analytics.contracts';

/**
 * Funnels: ordered steps on one site (a page view of /pricing, then a view of the pricing table, then the contact
 * form's submission). A visitor enters with step 1 inside the report's window and reaches step k when steps 2..k
 * follow in that order within the funnel's conversion window of the entry.
 */
export const FUNNEL_STEP_TYPES = ['page_view', 'component_view', 'component_interaction', 'form_submission'] as const;
export type FunnelStepType = (typeof FUNNEL_STEP_TYPES)[number];
export const FUNNEL_STEPS_MIN = 2;
export const FUNNEL_STEPS_MAX = 10;
/** Funnels one workspace keeps (a dashboard's worth; the list is one page). */
export const FUNNELS_MAX = 200;
export const FUNNEL_WINDOW_HOURS_DEFAULT = 7 * 24;
export const FUNNEL_WINDOW_HOURS_MAX = 90 * 24;

export class FunnelStepInput {
  @OneOf(FUNNEL_STEP_TYPES, { example: 'page_view' }) type: FunnelStepType;

  @Text({
    optional: true,
    max: PAGE_PATH_MAX_LENGTH,
    pattern: /^\/\S*$/,
    patternMessage: 'must be a page path such as /pricing',
    example: '/pricing',
    description: 'Only events on this page (its path); any page when absent',
  })
  page?: string;

  @Uuid({
    optional: true,
    description: 'Only events of this component of the site (component_view, component_interaction, form_submission)',
  })
  component_id?: string;

  @Text({ optional: true, min: 1, max: 100, trim: true, example: 'Saw the pricing table' })
  label?: string;
}

export class CreateFunnelRequest {
  @Uuid() site_id: string;
  @Text({ min: 1, max: 100, trim: true, example: 'Pricing to contact' }) name: string;
  @NestedList(() => FunnelStepInput, { minItems: FUNNEL_STEPS_MIN, maxItems: FUNNEL_STEPS_MAX })
  steps: FunnelStepInput[];
  @Int({
    optional: true,
    min: 1,
    max: FUNNEL_WINDOW_HOURS_MAX,
    default: FUNNEL_WINDOW_HOURS_DEFAULT,
    description: 'How long after entering a visitor has to finish the funnel, in hours (default 7 days)',
  })
  conversion_window_hours?: number;
}

export class UpdateFunnelBody {
  @Text({ optional: true, min: 1, max: 100, trim: true }) name?: string;
  @NestedList(() => FunnelStepInput, { optional: true, minItems: FUNNEL_STEPS_MIN, maxItems: FUNNEL_STEPS_MAX })
  steps?: FunnelStepInput[];
  @Int({ optional: true, min: 1, max: FUNNEL_WINDOW_HOURS_MAX }) conversion_window_hours?: number;
}

export class UpdateFunnelRequest extends UpdateFunnelBody {
  @Uuid() funnel_id: string;
}

export class FunnelIdRequest {
  @Uuid() funnel_id: string;
}

export class ListFunnelsRequest {
  @Uuid({ optional: true, description: "Only this site's funnels" }) site_id?: string;
}

export class FunnelStepView {
  @ApiProperty({ enum: FUNNEL_STEP_TYPES }) type: FunnelStepType;
  @ApiProperty({ type: String, nullable: true }) page: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) component_id: string | null;
  @ApiProperty({ description: 'The given label, else one made from the type, page and component' }) label: string;
}

export class FunnelView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) site_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: FunnelStepView, isArray: true }) steps: FunnelStepView[];
  @ApiProperty() conversion_window_hours: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}
export const FunnelPage = PageOf(FunnelView);

export class FunnelReportRequest extends AnalyticsWindowQuery {
  @Uuid() funnel_id: string;
}

export class FunnelStepReportView extends FunnelStepView {
  @ApiProperty({ description: 'Position of the step, from 1' }) step: number;
  @ApiProperty({ description: 'Distinct visitors who reached this step in order' }) visitors: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'visitors ÷ the previous step’s visitors (null on step 1)',
  })
  conversion_from_previous: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'visitors ÷ step 1’s visitors' })
  conversion_from_start: number | null;
  @ApiProperty({ description: 'Visitors of the previous step who did not reach this one (0 on step 1)' })
  drop_off: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median seconds from the previous step to this one, over the visitors who reached it',
  })
  median_seconds_from_previous: number | null;
}

export class FunnelBucketView {
  @ApiProperty({ format: 'date-time', description: "The bucket's start (its instant, in UTC)" }) start: string;
  @ApiProperty({ description: 'Visitors who entered in this bucket' }) entered: number;
  @ApiProperty({ description: 'Of them, visitors who finished every step' }) converted: number;
  @ApiProperty({ type: Number, nullable: true }) conversion_rate: number | null;
}

export class FunnelReportView {
  @ApiProperty({ format: 'uuid' }) funnel_id: string;
  @ApiProperty({ format: 'uuid' }) site_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: AnalyticsWindowView }) window: AnalyticsWindowView;
  @ApiProperty() conversion_window_hours: number;
  @ApiProperty({ type: FunnelStepReportView, isArray: true }) steps: FunnelStepReportView[];
  @ApiProperty({ type: Number, nullable: true, description: 'Last step’s visitors ÷ first step’s visitors' })
  conversion_rate: number | null;
  @ApiProperty({ type: FunnelBucketView, isArray: true, description: 'Entries and conversions by bucket of entry' })
  series: FunnelBucketView[];
  @ApiProperty({
    format: 'date-time',
    description:
      'Funnels are read from raw facts, kept for ANALYTICS_FACT_RETENTION_DAYS: visitors who entered before this instant are not counted',
  })
  facts_retained_from: string;
}

export const CREATE_FUNNEL = defineCommand({
  name: 'analytics.funnel.create',
  service: 'analytics',
  request: CreateFunnelRequest,
  reply: FunnelView,
  scope: 'workspace',
  mutation: true,
  description: 'Defines a funnel: ordered steps on one site and a conversion window.',
});

export const LIST_FUNNELS = defineCommand({
  name: 'analytics.funnel.list',
  service: 'analytics',
  request: ListFunnelsRequest,
  reply: FunnelPage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's funnels (or one site's).",
});

export const GET_FUNNEL = defineCommand({
  name: 'analytics.funnel.get',
  service: 'analytics',
  request: FunnelIdRequest,
  reply: FunnelView,
  scope: 'workspace',
  mutation: false,
  description: 'One funnel definition.',
});

export const UPDATE_FUNNEL = defineCommand({
  name: 'analytics.funnel.update',
  service: 'analytics',
  request: UpdateFunnelRequest,
  reply: FunnelView,
  scope: 'workspace',
  mutation: true,
  description: 'Renames a funnel or changes its steps or conversion window (reports are computed when read).',
});

export const DELETE_FUNNEL = defineCommand({
  name: 'analytics.funnel.delete',
  service: 'analytics',
  request: FunnelIdRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a funnel definition.',
});

export const FUNNEL_REPORT = defineCommand({
  name: 'analytics.funnel.report',
  service: 'analytics',
  request: FunnelReportRequest,
  reply: FunnelReportView,
  scope: 'workspace',
  mutation: false,
  description: "A funnel's visitors per step, conversion and drop-off, time between steps, and entries by bucket.",
});
