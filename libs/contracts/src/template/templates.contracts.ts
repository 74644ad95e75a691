import { ApiProperty } from '@nestjs/swagger';
import { Bool, Nested, OneOf, Text, Uuid } from '../fields';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand } from '../registry';
import { ComponentView } from './components.contracts';
import { SiteCustomizations, SiteCustomizationsView } from './customizations.contracts';
import { SITE_SLUG_MAX_LENGTH, SITE_SLUG_PATTERN, SitePageView, SiteView } from './sites.contracts';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from './template-categories';

export class ListTemplatesQuery extends PageQuery {
  @OneOf(TEMPLATE_CATEGORIES, { optional: true })
  category?: TemplateCategory;

  @Text({
    optional: true,
    min: 1,
    max: 200,
    trim: true,
    example: 'accountant booking',
    description: 'Full-text search over name, tags, industry and description (every word, prefixes too); ranked',
  })
  q?: string;
}

export class TemplateSummaryView {
  @ApiProperty({ format: 'uuid', description: 'Names this version of the template' }) id: string;
  @ApiProperty({ example: 'restaurant-bistro-classic' }) slug: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: 'Bistro — seasonal French cooking' }) name: string;
  @ApiProperty({ enum: TEMPLATE_CATEGORIES }) category: TemplateCategory;
  @ApiProperty({ example: 'Restaurant' }) industry: string;
  @ApiProperty({ type: String, isArray: true }) tags: string[];
  @ApiProperty() description: string;
  @ApiProperty({
    example: '/api/templates/0b7c…/thumbnail.svg',
    description: 'A preview drawn from its layout and colors (an SVG; public and immutable, so an <img> can show it)',
  })
  thumbnail_url: string;
  @ApiProperty({ example: '#0f766e' }) primary_color: string;
  @ApiProperty() page_count: number;
  @ApiProperty() component_count: number;
  @ApiProperty({ type: String, isArray: true, description: 'Customizations its components use' })
  customization_keys: string[];
}
export const TemplateSummaryPage = PageOf(TemplateSummaryView);

export class TemplatePageView extends SitePageView {
  @ApiProperty({ type: String, isArray: true, example: ['hero', 'features', 'contact_form', 'footer'] })
  component_types: string[];
}

export class TemplateView extends TemplateSummaryView {
  @ApiProperty({ description: 'False for an older version (sites made from it keep working)' }) is_current: boolean;
  @ApiProperty({ format: 'uuid', description: 'The id of the current version' }) current_id: string;
  @ApiProperty({ type: SiteCustomizationsView, description: 'What instantiation uses for keys not given' })
  defaults: SiteCustomizationsView;
  @ApiProperty({ type: TemplatePageView, isArray: true }) pages: TemplatePageView[];
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class TemplateCategoryView {
  @ApiProperty({ enum: TEMPLATE_CATEGORIES }) category: TemplateCategory;
  @ApiProperty({ example: 'Restaurants & cafés' }) label: string;
  @ApiProperty({ example: 3 }) count: number;
}

export class TemplateCategoryListView {
  @ApiProperty({ type: TemplateCategoryView, isArray: true }) items: TemplateCategoryView[];
  @ApiProperty({ description: 'Templates in all categories' }) total: number;
}

export class TemplateComponentView {
  @ApiProperty({ example: '/' }) page: string;
  @ApiProperty({ example: 2 }) position: number;
  @ApiProperty({ example: 'contact_form' }) type: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'With {{tokens}} for customizations' })
  config: Record<string, unknown>;
  @ApiProperty({ type: String, isArray: true }) customization_keys: string[];
}

export class TemplateComponentListView {
  @ApiProperty({ type: TemplateComponentView, isArray: true }) items: TemplateComponentView[];
}

export class ListCategoriesRequest {}

export class GetTemplateRequest {
  @Uuid() template_id: string;
}

export class InstantiateTemplateBody {
  @Uuid({ optional: true, description: 'Replace the pages of this site (its state is saved as a version first)' })
  site_id?: string;

  @Text({ optional: true, min: 1, max: 120, trim: true, description: 'Name of the new site (default: company name)' })
  name?: string;

  @Text({
    optional: true,
    max: SITE_SLUG_MAX_LENGTH,
    pattern: SITE_SLUG_PATTERN,
    patternMessage: 'must be lower-case letters and digits in words joined by single hyphens',
  })
  slug?: string;

  @Nested(() => SiteCustomizations, { optional: true })
  customizations?: SiteCustomizations;

  @Bool({ optional: true, description: 'Into an existing site: replace components even when workflows use them' })
  force?: boolean;
}

export class InstantiateTemplateRequest extends InstantiateTemplateBody {
  @Uuid() template_id: string;
}

export class SiteWithComponentsView {
  @ApiProperty({ type: SiteView }) site: SiteView;
  @ApiProperty({ type: ComponentView, isArray: true }) components: ComponentView[];
}

export class TemplateThumbnailView {
  @ApiProperty({ description: 'An SVG document' }) svg: string;
}

export const GET_TEMPLATE_THUMBNAIL = defineCommand({
  name: 'template.template.thumbnail',
  service: 'template',
  request: GetTemplateRequest,
  reply: TemplateThumbnailView,
  scope: 'platform',
  mutation: false,
  description: "A template version's preview image (SVG).",
});

export const LIST_TEMPLATES = defineCommand({
  name: 'template.template.list',
  service: 'template',
  request: ListTemplatesQuery,
  reply: TemplateSummaryPage,
  scope: 'platform',
  mutation: false,
  description: 'The template library (current versions): by category, searched and ranked.',
});

export const LIST_TEMPLATE_CATEGORIES = defineCommand({
  name: 'template.template.categories',
  service: 'template',
  request: ListCategoriesRequest,
  reply: TemplateCategoryListView,
  scope: 'platform',
  mutation: false,
  description: 'The categories of the library with how many templates each holds.',
});

export const GET_TEMPLATE = defineCommand({
  name: 'template.template.get',
  service: 'template',
  request: GetTemplateRequest,
  reply: TemplateView,
  scope: 'platform',
  mutation: false,
  description: 'One template version with its pages and default customizations.',
});

export const LIST_TEMPLATE_COMPONENTS = defineCommand({
  name: 'template.template.components',
  service: 'template',
  request: GetTemplateRequest,
  reply: TemplateComponentListView,
  scope: 'platform',
  mutation: false,
  description: "A template's smart components, page by page, in order.",
});

export const INSTANTIATE_TEMPLATE = defineCommand({
  name: 'template.template.instantiate',
  service: 'template',
  request: InstantiateTemplateRequest,
  reply: SiteWithComponentsView,
  scope: 'workspace',
  mutation: true,
  description: 'Makes a site from a template with customizations (or replaces the pages of an existing site).',
});
