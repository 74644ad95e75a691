import { ApiProperty } from '@nestjs/swagger';
import { DateTime, OneOf, Text, Uuid } from '../fields';
import { SITE_EVENT_RECEIVED } from '../events/site-event-received.event';
import { defineCommand, defineSubscription } from '../registry';
import { COMPONENT_CREATED, COMPONENT_DELETED, COMPONENT_UPDATED } from '../template/components.contracts';
import { SITE_CREATED, SITE_DELETED } from '../template/sites.contracts';

/**
 * Analytics reads: every one takes a window (`from`, `to`), a granularity and an IANA time zone, validated by the
 * analytics service (a range too large for its granularity answers 400 saying the limit). Buckets are the time
 * zone's own: a day in America/New_York is 23 or 25 hours long across a daylight-saving change.
 */
export const ANALYTICS_GRANULARITIES = ['minute', 'hour', 'day', 'week', 'month'] as const;
export type AnalyticsGranularity = (typeof ANALYTICS_GRANULARITIES)[number];

/** The longest window each granularity answers (in days), so a chart never has more than a few thousand points. */
export const ANALYTICS_MAX_RANGE_DAYS: Record<AnalyticsGranularity, number> = {
  minute: 2,
  hour: 93,
  day: 1100,
  week: 3660,
  month: 3660,
};

export class AnalyticsWindowQuery {
  @DateTime({ optional: true, description: 'Start of the window (default: 30 days before `to`)' }) from?: string;
  @DateTime({ optional: true, description: 'End of the window, exclusive (default: now)' }) to?: string;
  @OneOf(ANALYTICS_GRANULARITIES, { optional: true, description: 'Bucket size of the series (default day)' })
  granularity?: AnalyticsGranularity;
  @Text({
    optional: true,
    max: 64,
    example: 'America/New_York',
    description: 'IANA time zone of the buckets (default UTC)',
  })
  tz?: string;
}

export class SiteAnalyticsRequest extends AnalyticsWindowQuery {
  @Uuid() site_id: string;
}

export class ComponentAnalyticsRequest extends AnalyticsWindowQuery {
  @Uuid() component_id: string;
}

export class AnalyticsWindowView {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES }) granularity: AnalyticsGranularity;
  @ApiProperty({ example: 'UTC' }) tz: string;
}

export class SiteTotalsView {
  @ApiProperty({
    description:
      'Distinct visitor ids: exact while the window holds up to 25,000 visitor-hours, else a HyperLogLog estimate (±3.25% standard error; see visitors_estimated)',
  })
  visitors: number;
  @ApiProperty() page_views: number;
  @ApiProperty() component_views: number;
  @ApiProperty() interactions: number;
  @ApiProperty() form_submissions: number;
  @ApiProperty({ description: 'Visitors who submitted a form' }) converted_visitors: number;
  @ApiProperty({ type: Number, nullable: true, description: 'converted_visitors ÷ visitors' })
  conversion_rate: number | null;
  @ApiProperty({ description: 'True when visitors and converted_visitors are HyperLogLog estimates' })
  visitors_estimated: boolean;
}

export class SiteBucketView {
  @ApiProperty({ format: 'date-time', description: "The bucket's start (its instant, in UTC)" }) start: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Null at minute granularity (visitors are kept per hour)' })
  visitors: number | null;
  @ApiProperty() page_views: number;
  @ApiProperty() component_views: number;
  @ApiProperty() interactions: number;
  @ApiProperty() form_submissions: number;
  @ApiProperty({ type: Number, nullable: true }) converted_visitors: number | null;
  @ApiProperty({ type: Number, nullable: true }) conversion_rate: number | null;
}

export class RankedKeyView {
  @ApiProperty() key: string;
  @ApiProperty() count: number;
}

export class SiteCampaignRowView {
  @ApiProperty({ description: 'The utm_campaign of the page URL (lower-cased)' }) campaign: string;
  @ApiProperty() page_views: number;
  @ApiProperty({ description: 'Form submissions on pages the campaign brought' }) form_submissions: number;
  @ApiProperty({ type: Number, nullable: true }) submissions_per_view: number | null;
}

export class SiteComponentRowView {
  @ApiProperty({ format: 'uuid' }) component_id: string;
  @ApiProperty() type: string;
  @ApiProperty() views: number;
  @ApiProperty() interactions: number;
  @ApiProperty() submissions: number;
  @ApiProperty({ type: Number, nullable: true, description: 'submissions (a form) or interactions ÷ views' })
  conversion_rate: number | null;
}

export class SiteAnalyticsView {
  @ApiProperty({ format: 'uuid' }) site_id: string;
  @ApiProperty({ type: AnalyticsWindowView }) window: AnalyticsWindowView;
  @ApiProperty({ type: SiteTotalsView }) totals: SiteTotalsView;
  @ApiProperty({ type: SiteBucketView, isArray: true }) series: SiteBucketView[];
  @ApiProperty({ type: RankedKeyView, isArray: true, description: 'Page paths by views' }) top_pages: RankedKeyView[];
  @ApiProperty({ type: RankedKeyView, isArray: true, description: 'Referring hosts by page views' })
  referrers: RankedKeyView[];
  @ApiProperty({ type: RankedKeyView, isArray: true }) utm_sources: RankedKeyView[];
  @ApiProperty({ type: SiteCampaignRowView, isArray: true, description: 'UTM campaigns by page views' })
  utm_campaigns: SiteCampaignRowView[];
  @ApiProperty({ type: RankedKeyView, isArray: true }) devices: RankedKeyView[];
  @ApiProperty({ type: SiteComponentRowView, isArray: true, description: 'Every component of the site, compared' })
  components: SiteComponentRowView[];
}

export class ComponentBucketView {
  @ApiProperty({ format: 'date-time' }) start: string;
  @ApiProperty() views: number;
  @ApiProperty() interactions: number;
  @ApiProperty() submissions: number;
}

export class HeatmapView {
  @ApiProperty({ description: 'Columns and rows of the grid over the component (its width and height)' }) size: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'integer' } },
    description: 'cells[row][column]: interactions whose position fell in that cell',
  })
  cells: number[][];
  @ApiProperty() total: number;
}

export class ComponentAnalyticsView {
  @ApiProperty({ format: 'uuid' }) component_id: string;
  @ApiProperty({ format: 'uuid' }) site_id: string;
  @ApiProperty() type: string;
  @ApiProperty({ type: AnalyticsWindowView }) window: AnalyticsWindowView;
  @ApiProperty() views: number;
  @ApiProperty() interactions: number;
  @ApiProperty({ description: 'Form submissions (a form), else interactions' }) conversions: number;
  @ApiProperty({ type: Number, nullable: true }) conversion_rate: number | null;
  @ApiProperty({ type: ComponentBucketView, isArray: true }) series: ComponentBucketView[];
  @ApiProperty({ type: HeatmapView }) heatmap: HeatmapView;
}

export class RebuildRollupsRequest {
  @Uuid({ optional: true, description: 'One workspace (default: all)' }) workspace_id?: string;
}

export class RebuildRollupsView {
  @ApiProperty() facts: number;
  @ApiProperty() rollup_rows: number;
}

export const SITE_ANALYTICS = defineCommand({
  name: 'analytics.site.report',
  service: 'analytics',
  request: SiteAnalyticsRequest,
  reply: SiteAnalyticsView,
  scope: 'workspace',
  mutation: false,
  description: "A site's visitors, views, conversion, series, top pages, sources, devices and components.",
});

export const COMPONENT_ANALYTICS = defineCommand({
  name: 'analytics.component.report',
  service: 'analytics',
  request: ComponentAnalyticsRequest,
  reply: ComponentAnalyticsView,
  scope: 'workspace',
  mutation: false,
  description: "A component's views, interactions, conversions, series and heat map.",
});

export const REBUILD_ROLLUPS = defineCommand({
  name: 'analytics.rollups.rebuild',
  service: 'analytics',
  request: RebuildRollupsRequest,
  reply: RebuildRollupsView,
  scope: 'platform',
  mutation: false,
  description: 'Recomputes every rollup from the raw facts (an operator command).',
});

defineSubscription(
  'analytics',
  SITE_EVENT_RECEIVED.name,
  'page views, component views and interactions, form submissions become facts and rollups',
);
for (const event of [SITE_CREATED, SITE_DELETED])
  defineSubscription('analytics', event.name, 'the sites it reports on, per workspace (404 for any other)');
for (const event of [COMPONENT_CREATED, COMPONENT_UPDATED, COMPONENT_DELETED])
  defineSubscription('analytics', event.name, 'the components it reports on, with their type');
