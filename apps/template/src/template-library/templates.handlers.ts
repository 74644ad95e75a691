import { Injectable } from '@nestjs/common';
import {
  GET_TEMPLATE,
  GET_TEMPLATE_THUMBNAIL,
  LIST_TEMPLATES,
  LIST_TEMPLATE_CATEGORIES,
  LIST_TEMPLATE_COMPONENTS,
  PAGE_LIMIT_DEFAULT,
  ServiceError,
  TEMPLATE_CATEGORIES,
  TEMPLATE_CATEGORY_LABELS,
  type GetTemplateRequest,
  type ListTemplatesQuery,
  type Page,
  type TemplateCategory,
  type TemplateCategoryListView,
  type TemplateComponentListView,
  type TemplateSummaryView,
  type TemplateThumbnailView,
  type TemplateView,
} from '@mab/contracts';
import { OnCommand } from '@mab/messaging';
import { DataSource, type Repository } from 'typeorm';
import { customizationKeysOf } from '../components/component-rules';
import { tokensIn } from './customization-tokens';
import { decodeOffsetCursor, encodeOffsetCursor, prefixTsQuery } from './template-search';
import { templateSummaryView, templateView } from './template-view';
import { TemplateEntity } from './template.entity';

/**
 * The template library: shared by every workspace (so these reads are not workspace-scoped), current versions
 * listed, any version readable by id.
 */
@Injectable()
export class TemplatesHandlers {
  private readonly templates: Repository<TemplateEntity>;

  constructor(dataSource: DataSource) {
    // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
    this.templates = dataSource.getRepository(TemplateEntity);
  }

  @OnCommand(LIST_TEMPLATES)
  async list(query: ListTemplatesQuery): Promise<Page<TemplateSummaryView>> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    let offset = query.offset ?? 0;
    if (query.cursor) {
      const decoded = decodeOffsetCursor(query.cursor);
      if (decoded === null) {
        throw new ServiceError(400, 'invalid_cursor', 'cursor is not a next_cursor of this list', [
          { field: 'cursor', constraints: ['must be the next_cursor of a previous page'] },
        ]);
      }
      offset = decoded;
    }
    // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
    const qb = this.templates.createQueryBuilder('t').where('t.isCurrent = true');
    if (query.category) qb.andWhere('t.category = :category', { category: query.category });
    const tsquery = query.q ? prefixTsQuery(query.q) : null;
    if (query.q && !tsquery) return { items: [], total: 0, next_cursor: null };
    if (tsquery) {
      // A template whose name matches comes first, then the rank (name > tags and industry > description).
      qb.andWhere(`t.search @@ to_tsquery('english', :tsquery)`, { tsquery })
        .orderBy(`to_tsvector('english', t.name) @@ to_tsquery('english', :tsquery)`, 'DESC')
        .addOrderBy(`ts_rank(t.search, to_tsquery('english', :tsquery))`, 'DESC')
        .addOrderBy('t.name', 'ASC');
    } else {
      qb.orderBy(
        `array_position(ARRAY[${TEMPLATE_CATEGORIES.map((_, i) => `:c${i}`).join(',')}]::text[], t.category::text)`,
        'ASC',
      )
        .setParameters(Object.fromEntries(TEMPLATE_CATEGORIES.map((c, i) => [`c${i}`, c])))
        .addOrderBy('t.name', 'ASC');
    }
    const [rows, total] = await qb.skip(offset).take(limit).getManyAndCount();
    return {
      items: rows.map(templateSummaryView),
      total,
      next_cursor: offset + rows.length < total ? encodeOffsetCursor(offset + rows.length) : null,
    };
  }

  @OnCommand(LIST_TEMPLATE_CATEGORIES)
  async categories(): Promise<TemplateCategoryListView> {
    // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
    const counts: { category: TemplateCategory; count: string }[] = await this.templates
      .createQueryBuilder('t')
      .select('t.category', 'category')
      .addSelect('COUNT(*)', 'count')
      .where('t.isCurrent = true')
      .groupBy('t.category')
      .getRawMany();
    const byCategory = new Map(counts.map((row) => [row.category, Number(row.count)]));
    const items = TEMPLATE_CATEGORIES.map((category) => ({
      category,
      label: TEMPLATE_CATEGORY_LABELS[category],
      count: byCategory.get(category) ?? 0,
    }));
    return { items, total: items.reduce((sum, item) => sum + item.count, 0) };
  }

  /** One version with its pages and components (the columns lists leave out). */
  private async templateOr404(id: string, extra: ('definition' | 'thumbnailSvg')[] = ['definition']) {
    // eslint-disable-next-line no-restricted-syntax -- the library is shared by every workspace
    const template = await this.templates
      .createQueryBuilder('t')
      .addSelect(extra.map((column) => `t.${column}`))
      .where('t.id = :id', { id })
      .getOne();
    if (!template) throw ServiceError.notFound('template', id);
    return template;
  }

  @OnCommand(GET_TEMPLATE_THUMBNAIL)
  async thumbnail(request: GetTemplateRequest): Promise<TemplateThumbnailView> {
    return { svg: (await this.templateOr404(request.template_id, ['thumbnailSvg'])).thumbnailSvg };
  }

  @OnCommand(GET_TEMPLATE)
  async get(request: GetTemplateRequest): Promise<TemplateView> {
    const template = await this.templateOr404(request.template_id);
    const current = template.isCurrent
      ? template
      : await this.templates.findOneBy({ slug: template.slug, isCurrent: true });
    return templateView(template, current?.id ?? template.id);
  }

  @OnCommand(LIST_TEMPLATE_COMPONENTS)
  async components(request: GetTemplateRequest): Promise<TemplateComponentListView> {
    const template = await this.templateOr404(request.template_id);
    return {
      items: template.definition.pages.flatMap((page) =>
        page.components.map((component, position) => ({
          page: page.path,
          position,
          type: component.type,
          config: component.config,
          customization_keys: customizationKeysOf(component.type, tokensIn(component.config)),
        })),
      ),
    };
  }
}
