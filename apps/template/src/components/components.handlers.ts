import { Injectable } from '@nestjs/common';
import {
  COMPONENT_CREATED,
  COMPONENT_DELETED,
  COMPONENT_UPDATED,
  CREATE_COMPONENT,
  DELETE_COMPONENT,
  GET_COMPONENT,
  LIST_COMPONENTS,
  LIST_COMPONENT_WORKFLOWS,
  LIST_SITE_COMPONENTS,
  REORDER_COMPONENTS,
  ServiceError,
  UPDATE_COMPONENT,
  type ComponentListView,
  type ComponentView,
  type ComponentWorkflowListView,
  type CreateComponentRequest,
  type DeleteComponentRequest,
  type GetComponentRequest,
  type ListComponentsQuery,
  type ListSiteComponentsRequest,
  type Page,
  type ReorderComponentsRequest,
  type UpdateComponentRequest,
} from '@mab/contracts';
import { EventPublisher, OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { siteOr404 } from '../sites/site-access';
import {
  assertNotConnected,
  assertPageExists,
  assertRoomForComponents,
  assertValidComponent,
  connectedWorkflows,
  customizationKeysOf,
  renumberPage,
} from './component-rules';
import { componentChanged, componentView } from './component-view';
import { ComponentEntity } from './component.entity';

/** Smart components of a workspace's sites: CRUD, order on a page, and the workflows that use them. */
@Injectable()
export class ComponentsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  private async componentOr404(manager: EntityManager | DataSource, workspaceId: string, id: string, lock = false) {
    const component = await WorkspaceRepository.of(manager, ComponentEntity, workspaceId).findById(id, {
      lockForUpdate: lock,
    });
    if (!component) throw ServiceError.notFound('component', id);
    return component;
  }

  @OnCommand(CREATE_COMPONENT)
  async create(request: CreateComponentRequest, ctx: CommandContext<typeof CREATE_COMPONENT>): Promise<ComponentView> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    const page = request.page ?? '/';
    assertPageExists(site, page);
    assertValidComponent(request.type, request.config);
    await assertRoomForComponents(ctx.manager, site, 1);
    const repo = WorkspaceRepository.of(ctx.manager, ComponentEntity, ctx.workspaceId);
    const last = await repo.count({ siteId: site.id, page });
    const created = await repo.insert({
      siteId: site.id,
      page,
      type: request.type,
      config: request.config,
      position: last,
      customizationKeys: customizationKeysOf(request.type),
    });
    if (request.position !== undefined && request.position < last) {
      const moved = await renumberPage(ctx.manager, site, page, { id: created.id, position: request.position });
      await this.announceMoves(ctx.manager, moved, created.id);
    }
    const component = await this.componentOr404(ctx.manager, ctx.workspaceId, created.id);
    await this.publisher.publish(ctx.manager, COMPONENT_CREATED, componentChanged(component));
    return componentView(component);
  }

  @OnCommand(LIST_COMPONENTS)
  list(query: ListComponentsQuery, ctx: CommandContext<typeof LIST_COMPONENTS>): Promise<Page<ComponentView>> {
    const qb = WorkspaceRepository.of(this.dataSource, ComponentEntity, ctx.workspaceId).queryBuilder('component');
    if (query.site_id) qb.andWhere('component.siteId = :siteId', { siteId: query.site_id });
    if (query.type) qb.andWhere('component.type = :type', { type: query.type });
    if (query.page) qb.andWhere('component.page = :page', { page: query.page });
    return keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, componentView);
  }

  @OnCommand(GET_COMPONENT)
  async get(request: GetComponentRequest, ctx: CommandContext<typeof GET_COMPONENT>): Promise<ComponentView> {
    return componentView(await this.componentOr404(this.dataSource, ctx.workspaceId, request.component_id));
  }

  @OnCommand(UPDATE_COMPONENT)
  async update(request: UpdateComponentRequest, ctx: CommandContext<typeof UPDATE_COMPONENT>): Promise<ComponentView> {
    const found = await this.componentOr404(ctx.manager, ctx.workspaceId, request.component_id);
    const site = await siteOr404(ctx.manager, ctx.workspaceId, found.siteId, true);
    const component = await this.componentOr404(ctx.manager, ctx.workspaceId, request.component_id, true);
    const repo = WorkspaceRepository.of(ctx.manager, ComponentEntity, ctx.workspaceId);
    if (request.config !== undefined) {
      assertValidComponent(component.type, request.config);
      await repo.update({ id: component.id }, { config: request.config });
    }
    const fromPage = component.page;
    if (request.page !== undefined && request.page !== fromPage) {
      assertPageExists(site, request.page);
      const end = await repo.count({ siteId: site.id, page: request.page });
      await repo.update({ id: component.id }, { page: request.page, position: end });
      await this.announceMoves(ctx.manager, await renumberPage(ctx.manager, site, fromPage), component.id);
    }
    if (request.position !== undefined) {
      const moved = await renumberPage(ctx.manager, site, request.page ?? fromPage, {
        id: component.id,
        position: request.position,
      });
      await this.announceMoves(ctx.manager, moved, component.id);
    }
    const updated = await this.componentOr404(ctx.manager, ctx.workspaceId, component.id);
    await this.publisher.publish(ctx.manager, COMPONENT_UPDATED, componentChanged(updated));
    return componentView(updated);
  }

  @OnCommand(DELETE_COMPONENT)
  async delete(request: DeleteComponentRequest, ctx: CommandContext<typeof DELETE_COMPONENT>): Promise<void> {
    const found = await this.componentOr404(ctx.manager, ctx.workspaceId, request.component_id);
    const site = await siteOr404(ctx.manager, ctx.workspaceId, found.siteId, true);
    const component = await this.componentOr404(ctx.manager, ctx.workspaceId, request.component_id, true);
    const workflows = await assertNotConnected(ctx.manager, ctx.workspaceId, [component.id], request.force);
    await WorkspaceRepository.of(ctx.manager, ComponentEntity, ctx.workspaceId).delete({ id: component.id });
    await this.announceMoves(ctx.manager, await renumberPage(ctx.manager, site, component.page));
    await this.publisher.publish(ctx.manager, COMPONENT_DELETED, {
      component_id: component.id,
      site_id: component.siteId,
      type: component.type,
      connected_workflow_ids: workflows.get(component.id) ?? [],
    });
  }

  /** The neighbours a move or a deletion shifted: readers of component events hear their new positions too. */
  private async announceMoves(manager: EntityManager, moved: ComponentEntity[], except?: string): Promise<void> {
    for (const row of moved) {
      if (row.id !== except) await this.publisher.publish(manager, COMPONENT_UPDATED, componentChanged(row));
    }
  }

  @OnCommand(LIST_SITE_COMPONENTS)
  async listOfSite(
    request: ListSiteComponentsRequest,
    ctx: CommandContext<typeof LIST_SITE_COMPONENTS>,
  ): Promise<Page<ComponentView>> {
    const site = await siteOr404(this.dataSource, ctx.workspaceId, request.site_id);
    const rows = await WorkspaceRepository.of(this.dataSource, ComponentEntity, ctx.workspaceId).find({
      where: request.page ? { siteId: site.id, page: request.page } : { siteId: site.id },
    });
    // The site's page order first, then the order on the page (a site holds a bounded number of components).
    const pageOrder = new Map(site.pages.map((p, i) => [p.path, i]));
    rows.sort(
      (a, b) =>
        (pageOrder.get(a.page) ?? 99) - (pageOrder.get(b.page) ?? 99) ||
        a.position - b.position ||
        a.id.localeCompare(b.id),
    );
    return { items: rows.map(componentView), total: rows.length, next_cursor: null };
  }

  @OnCommand(REORDER_COMPONENTS)
  async reorder(
    request: ReorderComponentsRequest,
    ctx: CommandContext<typeof REORDER_COMPONENTS>,
  ): Promise<ComponentListView> {
    const site = await siteOr404(ctx.manager, ctx.workspaceId, request.site_id, true);
    assertPageExists(site, request.page);
    const repo = WorkspaceRepository.of(ctx.manager, ComponentEntity, ctx.workspaceId);
    const rows = await repo.find({ where: { siteId: site.id, page: request.page } });
    const onPage = new Set(rows.map((row) => row.id));
    const named = new Set(request.component_ids);
    if (onPage.size !== named.size || [...named].some((id) => !onPage.has(id))) {
      throw ServiceError.validation('component_ids must list every component of the page exactly once', [
        {
          field: 'component_ids',
          constraints: [`must be a permutation of the ${onPage.size} component(s) on ${request.page}`],
        },
      ]);
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = request.component_ids.map((id) => byId.get(id)!);
    for (const [index, row] of ordered.entries()) {
      if (row.position === index) continue;
      await repo.update({ id: row.id }, { position: index });
      const updated = (await repo.findById(row.id))!;
      ordered[index] = updated;
      await this.publisher.publish(ctx.manager, COMPONENT_UPDATED, componentChanged(updated));
    }
    return { items: ordered.map(componentView) };
  }

  @OnCommand(LIST_COMPONENT_WORKFLOWS)
  async workflows(
    request: GetComponentRequest,
    ctx: CommandContext<typeof LIST_COMPONENT_WORKFLOWS>,
  ): Promise<ComponentWorkflowListView> {
    const component = await this.componentOr404(this.dataSource, ctx.workspaceId, request.component_id);
    const links = await connectedWorkflows(this.dataSource.manager, ctx.workspaceId, [component.id]);
    return { items: links.map(({ component_id: _c, ...link }) => link) };
  }
}
