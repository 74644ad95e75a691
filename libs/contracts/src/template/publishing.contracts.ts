import { ApiProperty } from '@nestjs/swagger';
import { Int, Text, Uuid } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand } from '../registry';
import { PAGE_PATH_MAX_LENGTH, PAGE_PATH_PATTERN } from './sites.contracts';

const VERSION_MAX = 2_147_483_647;

export class SiteIdRequest {
  @Uuid() site_id: string;
}

export class PublishedSiteView {
  @ApiProperty({ example: 'http://localhost:3000/s/bistro-lumiere/' }) url: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://www.bistro-lumiere.example/' })
  domain_url: string | null;
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ type: String, isArray: true, example: ['/', '/menu'] }) pages: string[];
  @ApiProperty({ format: 'date-time' }) published_at: string;
}

export const SITE_VERSION_KINDS = ['publish', 'snapshot'] as const;
export type SiteVersionKind = (typeof SITE_VERSION_KINDS)[number];

export class SiteVersionView {
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ enum: SITE_VERSION_KINDS, description: 'A publish (with its HTML) or a saved state' })
  kind: SiteVersionKind;
  @ApiProperty({ example: 'published' }) reason: string;
  @ApiProperty({ description: 'The version visitors see now' }) live: boolean;
  @ApiProperty({ example: 7 }) component_count: number;
  @ApiProperty({ type: String, isArray: true, example: ['/', '/menu'] }) pages: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) created_by: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}
export const SiteVersionPage = PageOf(SiteVersionView);

export class ListSiteVersionsRequest extends PageQuery {
  @Uuid() site_id: string;
}

export class SiteVersionBody {
  @Int({ min: 1, max: VERSION_MAX, example: 2 }) version: number;
}

export class SiteVersionRequest extends SiteVersionBody {
  @Uuid() site_id: string;
}

export class PreviewQuery {
  @Text({
    optional: true,
    max: PAGE_PATH_MAX_LENGTH,
    pattern: PAGE_PATH_PATTERN,
    patternMessage: 'must be / or one lower-case segment such as /pricing',
    example: '/',
  })
  page?: string;
}

export class PreviewSiteRequest extends PreviewQuery {
  @Uuid() site_id: string;
}

export class RenderedPageView {
  @ApiProperty() html: string;
  @ApiProperty() content_security_policy: string;
  @ApiProperty({ description: 'Strong validator of the HTML' }) etag: string;
}

export class GetPublishedPageRequest {
  @Uuid() site_id: string;
  @Int({ min: 1, max: VERSION_MAX }) version: number;
  @Text({ max: PAGE_PATH_MAX_LENGTH, pattern: PAGE_PATH_PATTERN }) page: string;
}

export const PUBLISH_SITE = defineCommand({
  name: 'template.site.publish',
  service: 'template',
  request: SiteIdRequest,
  reply: PublishedSiteView,
  scope: 'workspace',
  mutation: true,
  description: 'Renders every page to static HTML as a new immutable version and puts it live.',
});

export const UNPUBLISH_SITE = defineCommand({
  name: 'template.site.unpublish',
  service: 'template',
  request: SiteIdRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: 'Takes a site offline (its versions are kept).',
});

export const ROLLBACK_SITE = defineCommand({
  name: 'template.site.rollback',
  service: 'template',
  request: SiteVersionRequest,
  reply: PublishedSiteView,
  scope: 'workspace',
  mutation: true,
  description: 'Puts an earlier published version live again, exactly as it was.',
});

export const LIST_SITE_VERSIONS = defineCommand({
  name: 'template.site.versions',
  service: 'template',
  request: ListSiteVersionsRequest,
  reply: SiteVersionPage,
  scope: 'workspace',
  mutation: false,
  description: "A site's published versions and saved states, newest first.",
});

export const RESTORE_SITE_VERSION = defineCommand({
  name: 'template.site.restore',
  service: 'template',
  request: SiteVersionRequest,
  reply: 'none',
  scope: 'workspace',
  mutation: true,
  description: "Brings back a version's pages, components and customizations as the draft (the current one is saved).",
});

export const PREVIEW_SITE = defineCommand({
  name: 'template.site.preview',
  service: 'template',
  request: PreviewSiteRequest,
  reply: RenderedPageView,
  scope: 'workspace',
  mutation: false,
  description: 'Renders a page of the unpublished state, for signed-in users.',
});

export const GET_PUBLISHED_PAGE = defineCommand({
  name: 'template.site.published-page',
  service: 'template',
  request: GetPublishedPageRequest,
  reply: RenderedPageView,
  scope: 'platform',
  mutation: false,
  description: "The HTML of one page of a published version (the gateway's cache fills from it).",
});
