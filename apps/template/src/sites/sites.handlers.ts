import { Inject, Injectable } from '@nestjs/common';
import {
  COMPONENT_DELETED,
  CREATE_SITE,
  DELETE_SITE,
  GET_SITE,
  LIST_SITES,
  SITE_DELETED,
  UPDATE_SITE,
  ServiceError,
  type CreateSiteRequest,
  type DeleteSiteRequest,
  type GetSiteRequest,
  type ListSitesQuery,
  type Page,
  type SiteView,
  type UpdateSiteRequest,
} from '@mab/contracts';
import { EventPublisher, OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, containsPattern, keysetPage } from '@mab/persistence';
import { Brackets, DataSource } from 'typeorm';
import { assertNotConnected } from '../components/component-rules';
import { ComponentEntity } from '../components/component.entity';
import { TEMPLATE_ENV } from '../template.config';
import type { TemplateEnv } from '../template.env';
import { siteOr404 } from './site-access';
import { siteRouting, siteView } from './site-view';
import { SiteEntity } from './site.entity';
import { createSite } from './create-site';
import { UpdateSiteUseCase } from './usecases/update-site.usecase';

/** Sites of a workspace. Every query goes through a repository bound to the caller's workspace. */
@Injectable()
export class SitesHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly updateSite: UpdateSiteUseCase,
    @Inject(TEMPLATE_ENV) private readonly env: TemplateEnv,
  ) {}

  private view = (site: SiteEntity) => siteView(site, this.env.PUBLIC_BASE_URL);

  @OnCommand(CREATE_SITE)
  async create(request: CreateSiteRequest, ctx: CommandContext<typeof CREATE_SITE>): Promise<SiteView> {
    const site = await createSite(ctx.manager, this.publisher, ctx.workspaceId, ctx.userId, {
      name: request.name,
      slug: request.slug,
      seoTitle: request.seo_title ?? null,
      seoDescription: request.seo_description ?? null,
      ogImageUrl: request.og_image_url ?? null,
      customizations: request.customizations ?? {},
    });
    return this.view(site);
  }

  @OnCommand(LIST_SITES)
  list(query: ListSitesQuery, ctx: CommandContext<typeof LIST_SITES>): Promise<Page<SiteView>> {
    const qb = WorkspaceRepository.of(this.dataSource, SiteEntity, ctx.workspaceId).queryBuilder('site');
    if (query.status) qb.andWhere('site.status = :status', { status: query.status });
    if (query.q) {
      const pattern = containsPattern(query.q);
      qb.andWhere(
        new Brackets((w) =>
          w.where('site.name ILIKE :pattern', { pattern }).orWhere('site.slug ILIKE :pattern', { pattern }),
        ),
      );
    }
    return keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, this.view);
  }

  @OnCommand(GET_SITE)
  async get(request: GetSiteRequest, ctx: CommandContext<typeof GET_SITE>): Promise<SiteView> {
    const site = await WorkspaceRepository.of(this.dataSource, SiteEntity, ctx.workspaceId).findById(request.site_id);
    if (!site) throw ServiceError.notFound('site', request.site_id);
    return this.view(site);
  }

  @OnCommand(UPDATE_SITE)
  async update(request: UpdateSiteRequest, ctx: CommandContext<typeof UPDATE_SITE>): Promise<SiteView> {
    return this.view(await this.updateSite.execute(request, ctx.manager, ctx.workspaceId));
  }

  @OnCommand(DELETE_SITE)
  async delete(request: DeleteSiteRequest, ctx: CommandContext<typeof DELETE_SITE>): Promise<void> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    const components = await WorkspaceRepository.of(ctx.manager, ComponentEntity, ctx.workspaceId).find({
      where: { siteId: site.id },
    });
    const workflows = await assertNotConnected(
      ctx.manager,
      ctx.workspaceId,
      components.map((c) => c.id),
      request.force,
    );
    // Components and versions go with the site (ON DELETE CASCADE); readers hear about each component.
    await WorkspaceRepository.of(ctx.manager, SiteEntity, ctx.workspaceId).delete({ id: site.id });
    for (const component of components) {
      await this.publisher.publish(ctx.manager, COMPONENT_DELETED, {
        component_id: component.id,
        site_id: site.id,
        type: component.type,
        connected_workflow_ids: workflows.get(component.id) ?? [],
      });
    }
    site.revision += 1;
    await this.publisher.publish(ctx.manager, SITE_DELETED, { site_id: site.id, routing: siteRouting(site, true) });
  }
}
