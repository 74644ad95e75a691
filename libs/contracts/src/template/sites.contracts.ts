import { ApiProperty } from '@nestjs/swagger';
import { HttpUrl, OneOf, Text, Uuid } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent } from '../registry';

export const SITE_STATUSES = ['draft', 'published'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** A site's URL name: lower-case words joined by hyphens, a valid DNS label (so it can become a sub-domain). */
export const SITE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SITE_SLUG_MAX_LENGTH = 63;

export class CreateSiteRequest {
  @Text({ min: 1, max: 120, trim: true, example: 'Bistro Lumière' })
  name: string;

  @Text({
    optional: true,
    max: SITE_SLUG_MAX_LENGTH,
    pattern: SITE_SLUG_PATTERN,
    patternMessage: 'must be lower-case letters and digits in words joined by single hyphens',
    example: 'bistro-lumiere',
    description: 'URL name, unique in the workspace. Made from the name when absent (with -2, -3… if taken).',
  })
  slug?: string;

  @Text({ optional: true, max: 120, trim: true, example: 'Bistro Lumière: seasonal French cooking in Lyon' })
  seo_title?: string;

  @Text({
    optional: true,
    max: 320,
    trim: true,
    example: 'Book a table, see the menu of the week and our opening hours.',
  })
  seo_description?: string;

  @HttpUrl({
    optional: true,
    example: 'https://cdn.example.com/bistro/og.jpg',
    description: 'Open Graph image (1200×630)',
  })
  og_image_url?: string;
}

export class GetSiteRequest {
  @Uuid()
  site_id: string;
}

export class ListSitesQuery extends PageQuery {
  @OneOf(SITE_STATUSES, { optional: true })
  status?: SiteStatus;

  @Text({ optional: true, min: 1, max: 100, trim: true, description: 'Part of the name or slug' })
  q?: string;
}

export class SiteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bistro Lumière' }) name: string;
  @ApiProperty({ example: 'bistro-lumiere' }) slug: string;
  @ApiProperty({ enum: SITE_STATUSES }) status: SiteStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The template it was made from' })
  template_id: string | null;
  @ApiProperty({ type: String, nullable: true }) seo_title: string | null;
  @ApiProperty({ type: String, nullable: true }) seo_description: string | null;
  @ApiProperty({ type: String, nullable: true }) og_image_url: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) published_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export const SitePage = PageOf(SiteView);

export const CREATE_SITE = defineCommand({
  name: 'template.site.create',
  service: 'template',
  request: CreateSiteRequest,
  reply: SiteView,
  scope: 'workspace',
  mutation: true,
  description: 'Creates an empty draft site in the workspace.',
});

export const LIST_SITES = defineCommand({
  name: 'template.site.list',
  service: 'template',
  request: ListSitesQuery,
  reply: SitePage,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's sites, newest first.",
});

export const GET_SITE = defineCommand({
  name: 'template.site.get',
  service: 'template',
  request: GetSiteRequest,
  reply: SiteView,
  scope: 'workspace',
  mutation: false,
  description: 'One site of the workspace (404 for any other).',
});

export class SiteCreatedV1 {
  @Uuid() site_id: string;
  @Text({ max: 120 }) name: string;
  @Text({ max: SITE_SLUG_MAX_LENGTH }) slug: string;
  @Uuid({ nullable: true }) template_id: string | null;
}

export const SITE_CREATED = defineEvent({
  name: 'template.site.created.v1',
  producer: 'template',
  payload: SiteCreatedV1,
  description: 'A site was created in a workspace (the envelope carries the workspace).',
});
