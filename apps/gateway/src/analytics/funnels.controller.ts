import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AnalyticsWindowQuery,
  CREATE_FUNNEL,
  CreateFunnelRequest,
  DELETE_FUNNEL,
  FUNNEL_REPORT,
  FunnelPage,
  FunnelReportView,
  FunnelView,
  GET_FUNNEL,
  LIST_FUNNELS,
  ListFunnelsRequest,
  UPDATE_FUNNEL,
  UpdateFunnelBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';

/**
 * Funnels (the analytics service): ordered steps on one site; the report counts visitors who did them in that
 * order within the conversion window, and where they dropped off.
 */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('api/analytics/funnels')
export class FunnelsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @ApiOperation({ summary: 'Define a funnel: 2 to 10 ordered steps on a site and a conversion window' })
  @ApiCreatedResponse({ type: FunnelView })
  create(@Body() body: CreateFunnelRequest) {
    return this.services.request(CREATE_FUNNEL, body);
  }

  @Get()
  @ApiOperation({ summary: "The workspace's funnels (?site_id= for one site's)" })
  @ApiOkResponse({ type: FunnelPage })
  list(@Query() query: ListFunnelsRequest) {
    return this.services.request(LIST_FUNNELS, query);
  }

  @Get(':funnel_id')
  @ApiOperation({ summary: 'One funnel' })
  @ApiOkResponse({ type: FunnelView })
  get(@IdParam('funnel_id', 'funnel') funnelId: string) {
    return this.services.request(GET_FUNNEL, { funnel_id: funnelId });
  }

  @Get(':funnel_id/report')
  @ApiOperation({
    summary: 'Visitors per step in order, conversion and drop-off, median time between steps, entries by bucket',
  })
  @ApiOkResponse({ type: FunnelReportView })
  report(@IdParam('funnel_id', 'funnel') funnelId: string, @Query() query: AnalyticsWindowQuery) {
    return this.services.request(FUNNEL_REPORT, { ...query, funnel_id: funnelId });
  }

  @Patch(':funnel_id')
  @ApiOperation({ summary: 'Rename a funnel or change its steps or conversion window' })
  @ApiOkResponse({ type: FunnelView })
  update(@IdParam('funnel_id', 'funnel') funnelId: string, @Body() body: UpdateFunnelBody) {
    return this.services.request(UPDATE_FUNNEL, { ...body, funnel_id: funnelId });
  }

  @Delete(':funnel_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a funnel' })
  @ApiNoContentResponse()
  async delete(@IdParam('funnel_id', 'funnel') funnelId: string) {
    await this.services.request(DELETE_FUNNEL, { funnel_id: funnelId });
  }
}
