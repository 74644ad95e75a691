import { ApiProperty } from '@nestjs/swagger';
import { DateTime, HttpUrl, Int, JsonObject, Nested, NestedList, OneOf, Text, Uuid } from '../fields';
import { defineCommand } from '../registry';
import { COMPONENT_TYPE_PATTERN, SITE_COMPONENTS_MAX } from './components.contracts';
import { SiteCustomizations } from './customizations.contracts';
import { SITE_VERSION_KINDS, SiteIdRequest, type SiteVersionKind } from './publishing.contracts';
import { SiteWithComponentsView } from './templates.contracts';
import {
  PAGE_PATH_MAX_LENGTH,
  PAGE_PATH_PATTERN,
  SITE_PAGES_MAX,
  SITE_SLUG_MAX_LENGTH,
  SITE_SLUG_PATTERN,
  SitePageInput,
} from './sites.contracts';

export const SITE_EXPORT_FORMAT = 'mab.site-export';
/** Versions an export carries at most (the newest); older history stays in the source workspace. */
export const SITE_EXPORT_VERSIONS_MAX = 50;

export class ExportedComponent {
  @Uuid({ description: 'Its id in the source workspace; import gives it a new one' }) id: string;
  @Text({ max: PAGE_PATH_MAX_LENGTH, pattern: PAGE_PATH_PATTERN }) page: string;
  @Text({ max: 40, pattern: COMPONENT_TYPE_PATTERN }) type: string;
  @JsonObject() config: Record<string, unknown>;
  @Int({ min: 0, max: SITE_COMPONENTS_MAX }) position: number;
}

/** A site's editable state: what a version saves and what an export carries. */
export class ExportedSiteState {
  @Text({ min: 1, max: 120 }) name: string;
  @Text({ max: SITE_SLUG_MAX_LENGTH, pattern: SITE_SLUG_PATTERN }) slug: string;
  @Text({ optional: true, nullable: true, max: 120 }) seo_title?: string | null;
  @Text({ optional: true, nullable: true, max: 320 }) seo_description?: string | null;
  @HttpUrl({ optional: true, nullable: true }) og_image_url?: string | null;
  @Nested(() => SiteCustomizations) customizations: SiteCustomizations;
  @NestedList(() => SitePageInput, { minItems: 1, maxItems: SITE_PAGES_MAX }) pages: SitePageInput[];
  @NestedList(() => ExportedComponent, { maxItems: SITE_COMPONENTS_MAX }) components: ExportedComponent[];
}

export class ExportedSiteVersion {
  @Int({ min: 1, max: 2_147_483_647 }) version: number;
  @OneOf(SITE_VERSION_KINDS) kind: SiteVersionKind;
  @Text({ max: 200 }) reason: string;
  @DateTime() created_at: string;
  @Nested(() => ExportedSiteState) state: ExportedSiteState;
}

/**
 * A site as a JSON document: `GET /api/sites/{id}/export` writes it, `POST /api/sites/import` reads it into the
 * caller's workspace with new ids. Published HTML is not carried (it is rendered again from the state on publish,
 * so an edited file cannot smuggle markup into a page); custom domains stay with the source site.
 */
export class SiteExportDocument {
  @OneOf([SITE_EXPORT_FORMAT]) format: typeof SITE_EXPORT_FORMAT;
  @Int({ min: 1, max: 1, description: 'Version of this format' }) format_version: number;
  @DateTime() exported_at: string;
  @Nested(() => ExportedSiteState) site: ExportedSiteState;
  @NestedList(() => ExportedSiteVersion, { maxItems: SITE_EXPORT_VERSIONS_MAX }) versions: ExportedSiteVersion[];
}

export class ImportedSiteView extends SiteWithComponentsView {
  @ApiProperty({ description: 'Versions brought along as saved states' }) versions_imported: number;
}

export const EXPORT_SITE = defineCommand({
  name: 'template.site.export',
  service: 'template',
  request: SiteIdRequest,
  reply: SiteExportDocument,
  scope: 'workspace',
  mutation: false,
  description: 'A site with its pages, components and versions as a JSON document (backup).',
});

export const IMPORT_SITE = defineCommand({
  name: 'template.site.import',
  service: 'template',
  request: SiteExportDocument,
  reply: ImportedSiteView,
  scope: 'workspace',
  mutation: true,
  description: 'Creates a site from an export document, with new ids, validated like any write.',
});
