import type { TemplateSummaryView, TemplateView } from '@mab/contracts';
import type { TemplateEntity } from './template.entity';

export function templateSummaryView(template: TemplateEntity): TemplateSummaryView {
  return {
    id: template.id,
    slug: template.slug,
    version: template.version,
    name: template.name,
    category: template.category,
    industry: template.industry,
    tags: template.tags,
    description: template.description,
    thumbnail_url: `/api/templates/${template.id}/thumbnail.svg`,
    primary_color: template.primaryColor,
    page_count: template.pageCount,
    component_count: template.componentCount,
    customization_keys: template.customizationKeys,
  };
}

export function templateView(template: TemplateEntity, currentId: string): TemplateView {
  return {
    ...templateSummaryView(template),
    is_current: template.isCurrent,
    current_id: currentId,
    defaults: template.definition.defaults,
    pages: template.definition.pages.map((page) => ({
      path: page.path,
      title: page.title,
      description: page.description ?? null,
      component_types: page.components.map((c) => c.type),
    })),
    created_at: template.createdAt.toISOString(),
  };
}
