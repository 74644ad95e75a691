import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  GET_TEMPLATE,
  GET_TEMPLATE_THUMBNAIL,
  INSTANTIATE_TEMPLATE,
  InstantiateTemplateBody,
  LIST_TEMPLATES,
  LIST_TEMPLATE_CATEGORIES,
  LIST_TEMPLATE_COMPONENTS,
  ListTemplatesQuery,
  SiteWithComponentsView,
  TemplateCategoryListView,
  TemplateComponentListView,
  TemplateSummaryPage,
  TemplateView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';
import { Public } from '../identity/principal';

/** The template library (the template service): browse, search, read, and make a site from one. */
@ApiTags('templates')
@ApiBearerAuth()
@Controller('api/templates')
export class TemplatesController {
  /** Thumbnails by template version id: a version never changes, so neither does its image. */
  private readonly thumbnails = new Map<string, string>();

  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'Templates by category, or searched (full text, ranked: a name match first)' })
  @ApiOkResponse({ type: TemplateSummaryPage })
  list(@Query() query: ListTemplatesQuery) {
    return this.services.request(LIST_TEMPLATES, query);
  }

  @Get('categories')
  @ApiOperation({ summary: 'The categories with how many templates each holds' })
  @ApiOkResponse({ type: TemplateCategoryListView })
  categories() {
    return this.services.request(LIST_TEMPLATE_CATEGORIES, {});
  }

  @Get(':template_id')
  @ApiOperation({ summary: 'One template (any version by its id) with its pages and default customizations' })
  @ApiOkResponse({ type: TemplateView })
  get(@IdParam('template_id', 'template') templateId: string) {
    return this.services.request(GET_TEMPLATE, { template_id: templateId });
  }

  @Get(':template_id/thumbnail.svg')
  @Public()
  @ApiOperation({ summary: "A template's preview image (public, immutable: an <img> in a gallery can show it)" })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'An SVG document', schema: { type: 'string' } })
  async thumbnail(@IdParam('template_id', 'template') templateId: string, @Res() res: Response) {
    let svg = this.thumbnails.get(templateId);
    if (svg === undefined) {
      svg = (await this.services.request(GET_TEMPLATE_THUMBNAIL, { template_id: templateId })).svg;
      if (this.thumbnails.size < 10_000) this.thumbnails.set(templateId, svg);
    }
    res
      .status(200)
      .type('image/svg+xml')
      .set({
        'Cache-Control': 'public, max-age=31536000, immutable',
        // Opened as a document, an SVG may not run anything.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      })
      .send(svg);
  }

  @Get(':template_id/components')
  @ApiOperation({ summary: "A template's smart components, page by page, in order" })
  @ApiOkResponse({ type: TemplateComponentListView })
  components(@IdParam('template_id', 'template') templateId: string) {
    return this.services.request(LIST_TEMPLATE_COMPONENTS, { template_id: templateId });
  }

  @Post(':template_id/instantiate')
  @ApiOperation({
    summary: 'Make a site from the template with customizations (or replace the pages of site_id)',
    description:
      'Customizations are validated (colors, http(s) URLs, emails, lengths; unknown keys answer 400) and fill the ' +
      "template's {{tokens}}. Into an existing site, its previous state is saved as a version first (restorable); " +
      'components that workflows use are only replaced with force: true.',
  })
  @ApiCreatedResponse({ type: SiteWithComponentsView })
  instantiate(@IdParam('template_id', 'template') templateId: string, @Body() body: InstantiateTemplateBody) {
    return this.services.request(INSTANTIATE_TEMPLATE, { ...body, template_id: templateId });
  }
}
