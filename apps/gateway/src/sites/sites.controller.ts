import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CREATE_SITE,
  CreateSiteRequest,
  GET_SITE,
  LIST_SITES,
  ListSitesQuery,
  SitePage,
  SiteView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';

/**
 * Sites, owned by the template service. Each route is one line: the request class of the contract is the
 * validated body or query, the command goes over the broker with the caller's identity, the reply is the view.
 */
@ApiTags('sites')
@ApiBearerAuth()
@Controller('api/sites')
export class SitesController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @ApiOperation({ summary: 'Create an empty draft site' })
  @ApiCreatedResponse({ type: SiteView })
  create(@Body() body: CreateSiteRequest) {
    return this.services.request(CREATE_SITE, body);
  }

  @Get()
  @ApiOperation({ summary: "The workspace's sites, newest first" })
  @ApiOkResponse({ type: SitePage })
  list(@Query() query: ListSitesQuery) {
    return this.services.request(LIST_SITES, query);
  }

  @Get(':site_id')
  @ApiOperation({ summary: 'One site' })
  @ApiOkResponse({ type: SiteView })
  get(@IdParam('site_id', 'site') siteId: string) {
    return this.services.request(GET_SITE, { site_id: siteId });
  }
}
