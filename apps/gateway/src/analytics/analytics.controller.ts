import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AnalyticsWindowQuery,
  COMPONENT_ANALYTICS,
  ComponentAnalyticsView,
  EMAIL_ANALYTICS,
  EmailAnalyticsQuery,
  EmailAnalyticsView,
  ONE_WORKFLOW_ANALYTICS,
  OneWorkflowAnalyticsView,
  WORKFLOWS_ANALYTICS,
  WorkflowsAnalyticsView,
  SITE_ANALYTICS,
  SiteAnalyticsView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';

/**
 * Analytics reads (the analytics service, from its rollups): a window (`from`, `to`), a granularity and a time
 * zone; a range too large for its granularity answers 400 saying the limit.
 */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('api/analytics')
export class AnalyticsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('sites/:site_id')
  @ApiOperation({
    summary: 'Visitors, views, conversion rate, series, top pages, referrers, UTM sources, devices, components',
  })
  @ApiOkResponse({ type: SiteAnalyticsView })
  site(@IdParam('site_id', 'site') siteId: string, @Query() query: AnalyticsWindowQuery) {
    return this.services.request(SITE_ANALYTICS, { ...query, site_id: siteId });
  }

  @Get('components/:component_id')
  @ApiOperation({ summary: 'Views, interactions, conversions and their rate, series, and the heat map' })
  @ApiOkResponse({ type: ComponentAnalyticsView })
  component(@IdParam('component_id', 'component') componentId: string, @Query() query: AnalyticsWindowQuery) {
    return this.services.request(COMPONENT_ANALYTICS, { ...query, component_id: componentId });
  }

  @Get('workflows')
  @ApiOperation({ summary: 'Executions, success rate, avg and p95 duration per workflow and together' })
  @ApiOkResponse({ type: WorkflowsAnalyticsView })
  workflows(@Query() query: AnalyticsWindowQuery) {
    return this.services.request(WORKFLOWS_ANALYTICS, query);
  }

  @Get('workflows/:workflow_id')
  @ApiOperation({ summary: "One workflow's executions, success rate and durations, with a series" })
  @ApiOkResponse({ type: OneWorkflowAnalyticsView })
  workflow(@IdParam('workflow_id', 'workflow') workflowId: string, @Query() query: AnalyticsWindowQuery) {
    return this.services.request(ONE_WORKFLOW_ANALYTICS, { ...query, workflow_id: workflowId });
  }

  @Get('emails')
  @ApiOperation({
    summary:
      'Sent, delivered, unique and total opens and clicks, bounces, unsubscribes and their rates (machine opens apart)',
  })
  @ApiOkResponse({ type: EmailAnalyticsView })
  emails(@Query() query: EmailAnalyticsQuery) {
    return this.services.request(EMAIL_ANALYTICS, query);
  }
}
