import { ApiProperty } from '@nestjs/swagger';
import { Bool, HttpUrl, Int, Nested, NestedList, OneOf, Text, TextList, Uuid, UuidList } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent, defineSubscription } from '../registry';
import { SiteCustomizations, SiteCustomizationsView } from './customizations.contracts';
import { CUSTOM_DOMAIN_MAX_LENGTH, CustomDomain } from './custom-domain';

export const SITE_STATUSES = ['draft', 'published'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/**
 * A site's URL name: lower-case words joined by hyphens, a valid DNS label (so it can become a sub-domain). Never
 * shaped like a uuid: /s/{uuid}/ addresses a site by its id.
 */
export const SITE_SLUG_PATTERN =
  /^(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SITE_SLUG_MAX_LENGTH = 63;

/**
 * A page's path in its site: `/` or one lower-case segment (`/pricing`), so relative links work on every host;
 * never a path the platform answers itself on a custom domain (`/api`, `/s`, `/docs`, `/health`, `/metrics`).
 */
export const PAGE_PATH_PATTERN = /^\/(?!(?:api|s|docs|health|metrics)$)([a-z0-9]+(?:-[a-z0-9]+)*)?$/;
export const PAGE_PATH_MAX_LENGTH = 64;
export const SITE_PAGES_MAX = 20;

export class SitePageInput {
  @Text({
    max: PAGE_PATH_MAX_LENGTH,
    pattern: PAGE_PATH_PATTERN,
    patternMessage: 'must be / or one lower-case segment such as /pricing',
    example: '/pricing',
  })
  path: string;

  @Text({ min: 1, max: 80, trim: true, example: 'Pricing' })
  title: string;

  @Text({ optional: true, nullable: true, max: 320, trim: true, description: 'The page meta description' })
  description?: string | null;
}

export class SitePageView {
  @ApiProperty({ example: '/pricing' }) path: string;
  @ApiProperty({ example: 'Pricing' }) title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
}

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

  @Nested(() => SiteCustomizations, { optional: true })
  customizations?: SiteCustomizations;
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
  @ApiProperty({ type: Number, nullable: true, description: 'Version of the template it was made from' })
  template_version: number | null;
  @ApiProperty({ type: SiteCustomizationsView }) customizations: SiteCustomizationsView;
  @ApiProperty({ type: SitePageView, isArray: true }) pages: SitePageView[];
  @ApiProperty({ type: String, nullable: true, example: 'www.bistro-lumiere.example' }) custom_domain: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The published version visitors see' })
  published_version: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'http://localhost:3000/s/bistro-lumiere/',
    description: 'Where visitors see it (set once published)',
  })
  public_url: string | null;
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

export class UpdateSiteBody {
  @Text({ optional: true, min: 1, max: 120, trim: true })
  name?: string;

  @Text({
    optional: true,
    max: SITE_SLUG_MAX_LENGTH,
    pattern: SITE_SLUG_PATTERN,
    patternMessage: 'must be lower-case letters and digits in words joined by single hyphens',
  })
  slug?: string;

  @Text({ optional: true, nullable: true, max: 120, trim: true })
  seo_title?: string | null;

  @Text({ optional: true, nullable: true, max: 320, trim: true })
  seo_description?: string | null;

  @HttpUrl({ optional: true, nullable: true })
  og_image_url?: string | null;

  @CustomDomain({ optional: true, nullable: true })
  custom_domain?: string | null;

  @Nested(() => SiteCustomizations, {
    optional: true,
    description: 'Replaces the customizations (theme, contact details) read at every render',
  })
  customizations?: SiteCustomizations;

  @NestedList(() => SitePageInput, {
    optional: true,
    minItems: 1,
    maxItems: SITE_PAGES_MAX,
    description: 'The pages, in navigation order; the first is `/`. A page that still holds components cannot go.',
  })
  pages?: SitePageInput[];
}

export class UpdateSiteRequest extends UpdateSiteBody {
  @Uuid() site_id: string;
}

export class DeleteSiteQuery {
  @Bool({ optional: true, fromQuery: true, description: 'Delete even when workflows are connected to its components' })
  force?: boolean;
}

export class DeleteSiteRequest extends DeleteSiteQuery {
  @Uuid() site_id: string;
}

export const UPDATE_SITE = defineCommand({
  name: 'template.site.update',
  service: 'template',
  request: UpdateSiteRequest,
  reply: SiteView,
  scope: 'workspace',
  mutation: true,
  description: "Changes a site's name, slug, SEO fields, custom domain, customizations or pages.",
});

export const DELETE_SITE = defineCommand({
  name: 'template.site.delete',
  service: 'template',
  request: DeleteSiteRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Deletes a site with its components and versions (409 while workflows use its components).',
});

/** Where a site answers publicly; every site event carries it, so readers keep their copy without asking. */
export class SiteRoutingV1 {
  @Uuid() site_id: string;
  /** Increases with every change of the site: a reader applies an event only if it is newer than its copy. */
  @Int({ min: 1, max: 2_147_483_647 }) revision: number;
  @Text({ max: SITE_SLUG_MAX_LENGTH, nullable: true }) public_slug: string | null;
  @Text({ max: CUSTOM_DOMAIN_MAX_LENGTH, nullable: true }) custom_domain: string | null;
  @Int({ min: 1, max: 2_147_483_647, nullable: true }) published_version: number | null;
  /** The page paths of the live version (null when not published): other paths answer 404 without asking. */
  @TextList({ nullable: true, maxItems: SITE_PAGES_MAX, itemMax: PAGE_PATH_MAX_LENGTH }) pages: string[] | null;
  /** The components of the live version: visitor events naming another component are refused. */
  @UuidList({ nullable: true, maxItems: 300 }) component_ids: string[] | null;
  @Bool() deleted: boolean;
}

export class SiteCreatedV1 {
  @Uuid() site_id: string;
  @Text({ max: 120 }) name: string;
  @Text({ max: SITE_SLUG_MAX_LENGTH }) slug: string;
  @Uuid({ nullable: true }) template_id: string | null;
  @Nested(() => SiteRoutingV1, { optional: true }) routing?: SiteRoutingV1;
}

export class SiteUpdatedV1 {
  @Uuid() site_id: string;
  @Text({ max: 120 }) name: string;
  @Text({ max: SITE_SLUG_MAX_LENGTH }) slug: string;
  /** The request fields that changed (`name`, `custom_domain`, `pages`, …). */
  @TextList({ maxItems: 20, itemMax: 40 }) changed: string[];
  @Nested(() => SiteRoutingV1) routing: SiteRoutingV1;
}

export class SitePublishedV1 {
  @Uuid() site_id: string;
  @Int({ min: 1, max: 2_147_483_647 }) version: number;
  @Text({ max: 2100 }) url: string;
  @TextList({ maxItems: SITE_PAGES_MAX, itemMax: PAGE_PATH_MAX_LENGTH }) pages: string[];
  /** True when an earlier version was put back (rollback) rather than a new one rendered. */
  @Bool() rollback: boolean;
  @Nested(() => SiteRoutingV1) routing: SiteRoutingV1;
}

export class SiteRoutingChangedV1 {
  @Uuid() site_id: string;
  @Nested(() => SiteRoutingV1) routing: SiteRoutingV1;
}

export const SITE_CREATED = defineEvent({
  name: 'template.site.created.v1',
  producer: 'template',
  payload: SiteCreatedV1,
  description: 'A site was created in a workspace (the envelope carries the workspace).',
});

export const SITE_UPDATED = defineEvent({
  name: 'template.site.updated.v1',
  producer: 'template',
  payload: SiteUpdatedV1,
  description: "A site's settings changed (name, slug, SEO, domain, customizations, pages).",
});

export const SITE_PUBLISHED = defineEvent({
  name: 'template.site.published.v1',
  producer: 'template',
  payload: SitePublishedV1,
  description: 'A version of a site went live (a new publish or a rollback); readers refresh their published copy.',
});

export const SITE_UNPUBLISHED = defineEvent({
  name: 'template.site.unpublished.v1',
  producer: 'template',
  payload: SiteRoutingChangedV1,
  description: 'A site was taken offline; its public address answers 404.',
});

export const SITE_DELETED = defineEvent({
  name: 'template.site.deleted.v1',
  producer: 'template',
  payload: SiteRoutingChangedV1,
  description: 'A site and its components were deleted.',
});

defineSubscription(
  'gateway',
  'template.site.*.v1',
  'keeps the read model of sites that public serving and ingestion use (address, domain, live version)',
);
