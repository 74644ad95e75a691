import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ComponentListView,
  ComponentPage,
  CREATE_SITE,
  CreateSiteRequest,
  DELETE_SITE,
  DeleteSiteQuery,
  EXPORT_SITE,
  GET_SITE,
  IMPORT_SITE,
  ImportedSiteView,
  LIST_SITES,
  LIST_SITE_COMPONENTS,
  LIST_SITE_VERSIONS,
  ListSiteComponentsQuery,
  ListSitesQuery,
  PageQuery,
  PREVIEW_SITE,
  PreviewQuery,
  PUBLISH_SITE,
  PublishedSiteView,
  REORDER_COMPONENTS,
  ReorderComponentsBody,
  RESTORE_SITE_VERSION,
  ROLLBACK_SITE,
  SiteExportDocument,
  SitePage,
  SiteVersionBody,
  SiteVersionPage,
  SiteView,
  UNPUBLISH_SITE,
  UPDATE_SITE,
  UpdateSiteBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';
import { ApiErrorView } from '../openapi/openapi';

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

  @Post('import')
  @ApiOperation({ summary: 'Restore a site from an export document into this workspace (new ids)' })
  @ApiCreatedResponse({ type: ImportedSiteView })
  import(@Body() body: SiteExportDocument) {
    return this.services.request(IMPORT_SITE, body);
  }

  @Get(':site_id')
  @ApiOperation({ summary: 'One site' })
  @ApiOkResponse({ type: SiteView })
  get(@IdParam('site_id', 'site') siteId: string) {
    return this.services.request(GET_SITE, { site_id: siteId });
  }

  @Patch(':site_id')
  @ApiOperation({ summary: "Change a site's name, slug, SEO, custom domain, customizations or pages" })
  @ApiOkResponse({ type: SiteView })
  @ApiConflictResponse({ type: ApiErrorView, description: 'slug_taken, domain_taken or page_not_empty' })
  update(@IdParam('site_id', 'site') siteId: string, @Body() body: UpdateSiteBody) {
    return this.services.request(UPDATE_SITE, { ...body, site_id: siteId });
  }

  @Delete(':site_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a site with its components and versions (409 while workflows use them)' })
  @ApiNoContentResponse()
  async delete(@IdParam('site_id', 'site') siteId: string, @Query() query: DeleteSiteQuery) {
    await this.services.request(DELETE_SITE, { ...query, site_id: siteId });
  }

  @Get(':site_id/components')
  @ApiOperation({ summary: "The site's components, page by page, in order" })
  @ApiOkResponse({ type: ComponentPage })
  components(@IdParam('site_id', 'site') siteId: string, @Query() query: ListSiteComponentsQuery) {
    return this.services.request(LIST_SITE_COMPONENTS, { ...query, site_id: siteId });
  }

  @Post(':site_id/components/reorder')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put the components of one page in a new order' })
  @ApiOkResponse({ type: ComponentListView })
  reorder(@IdParam('site_id', 'site') siteId: string, @Body() body: ReorderComponentsBody) {
    return this.services.request(REORDER_COMPONENTS, { ...body, site_id: siteId });
  }

  @Post(':site_id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render every page to static HTML as a new version and put it live' })
  @ApiOkResponse({ type: PublishedSiteView })
  publish(@IdParam('site_id', 'site') siteId: string) {
    return this.services.request(PUBLISH_SITE, { site_id: siteId });
  }

  @Post(':site_id/unpublish')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take the site offline (versions are kept)' })
  @ApiNoContentResponse()
  async unpublish(@IdParam('site_id', 'site') siteId: string) {
    await this.services.request(UNPUBLISH_SITE, { site_id: siteId });
  }

  @Post(':site_id/rollback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put an earlier published version live again, exactly as it was' })
  @ApiOkResponse({ type: PublishedSiteView })
  rollback(@IdParam('site_id', 'site') siteId: string, @Body() body: SiteVersionBody) {
    return this.services.request(ROLLBACK_SITE, { ...body, site_id: siteId });
  }

  @Get(':site_id/versions')
  @ApiOperation({ summary: 'Published versions and saved states, newest first' })
  @ApiOkResponse({ type: SiteVersionPage })
  versions(@IdParam('site_id', 'site') siteId: string, @Query() query: PageQuery) {
    return this.services.request(LIST_SITE_VERSIONS, { ...query, site_id: siteId });
  }

  @Post(':site_id/restore')
  @HttpCode(204)
  @ApiOperation({ summary: "Bring back a version's pages, components and customizations as the draft" })
  @ApiNoContentResponse()
  async restore(@IdParam('site_id', 'site') siteId: string, @Body() body: SiteVersionBody) {
    await this.services.request(RESTORE_SITE_VERSION, { ...body, site_id: siteId });
  }

  @Get(':site_id/preview')
  @ApiOperation({ summary: 'The unpublished state of a page, rendered (HTML)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page as it would be published', schema: { type: 'string' } })
  async preview(@IdParam('site_id', 'site') siteId: string, @Query() query: PreviewQuery, @Res() res: Response) {
    const page = await this.services.request(PREVIEW_SITE, { ...query, site_id: siteId });
    res
      .status(200)
      .type('html')
      .set({
        'Content-Security-Policy': page.content_security_policy,
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
      })
      .send(page.html);
  }

  @Get(':site_id/export')
  @ApiOperation({ summary: 'The site, its pages, components and versions as a JSON document (backup)' })
  @ApiOkResponse({ type: SiteExportDocument })
  export(@IdParam('site_id', 'site') siteId: string) {
    return this.services.request(EXPORT_SITE, { site_id: siteId });
  }
}
