import {
  COMPONENT_CREATED,
  COMPONENT_DELETED,
  COMPONENT_UPDATED,
  type ExportedSiteState,
  type SiteCustomizations,
  ServiceError,
  type SitePageInput,
} from '@mab/contracts';
import type { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { assertNotConnected, assertValidComponent, customizationKeysOf } from '../components/component-rules';
import { componentChanged } from '../components/component-view';
import { ComponentEntity } from '../components/component.entity';
import { SiteEntity } from '../sites/site.entity';

/** A site's editable state (what a version saves, an export carries, and a restore brings back). */
export type SiteState = ExportedSiteState;

/** A component to put on the site: an id to keep (restore) or none (a new component). */
export interface PlannedComponent {
  id?: string;
  page: string;
  type: string;
  config: Record<string, unknown>;
  position: number;
  tokens?: Iterable<string>;
}

export async function captureSiteState(manager: EntityManager, site: SiteEntity): Promise<SiteState> {
  const components = await WorkspaceRepository.of(manager, ComponentEntity, site.workspaceId).find({
    where: { siteId: site.id },
    order: { page: 'ASC', position: 'ASC' },
  });
  return {
    name: site.name,
    slug: site.slug,
    seo_title: site.seoTitle,
    seo_description: site.seoDescription,
    og_image_url: site.ogImageUrl,
    customizations: site.customizations,
    pages: site.pages.map((p) => ({ path: p.path, title: p.title, description: p.description ?? null })),
    components: components.map((c) => ({
      id: c.id,
      page: c.page,
      type: c.type,
      config: c.config,
      position: c.position,
    })),
  };
}

/** Every component must sit on one of the pages, and every config must be valid, before anything is written. */
export function assertPlanValid(pages: SitePageInput[], components: PlannedComponent[], path = 'components'): void {
  const paths = new Set(pages.map((p) => p.path));
  components.forEach((component, index) => {
    if (!paths.has(component.page)) {
      throw ServiceError.validation(`a component is on page ${component.page}, which the site does not have`, [
        { field: `${path}[${index}].page`, constraints: ['must be one of the pages'] },
      ]);
    }
    assertValidComponent(component.type, component.config, `${path}[${index}].config`);
  });
}

/** Positions 0..n-1 on each page, in the planned order (ties keep the order they were listed in). */
function withDensePositions(components: PlannedComponent[]): PlannedComponent[] {
  const byPage = new Map<string, PlannedComponent[]>();
  for (const component of components) byPage.set(component.page, [...(byPage.get(component.page) ?? []), component]);
  return [...byPage.values()].flatMap((list) =>
    list
      .map((component, index) => ({ component, index }))
      .sort((a, b) => a.component.position - b.component.position || a.index - b.index)
      .map(({ component }, position) => ({ ...component, position })),
  );
}

/**
 * Replaces the site's pages, customizations and components with the planned ones, in the caller's transaction.
 * Components kept by id are updated in place (so workflows connected to them keep working); the others are
 * deleted (refused with 409 while workflows use them, unless forced) or created. Publishes a component event for
 * each change.
 */
export async function replaceSiteContent(
  manager: EntityManager,
  publisher: EventPublisher,
  site: SiteEntity,
  content: { pages: SitePageInput[]; customizations: SiteCustomizations; components: PlannedComponent[] },
  force: boolean | undefined,
): Promise<ComponentEntity[]> {
  // Whatever brings the content (instantiation, restore, import), it obeys the rules of any write.
  assertPlanValid(content.pages, content.components);
  content = { ...content, components: withDensePositions(content.components) };
  const repo = WorkspaceRepository.of(manager, ComponentEntity, site.workspaceId);
  const current = await repo.find({ where: { siteId: site.id } });
  const types = new Map(current.map((c) => [c.id, c.type]));
  // A component keeps its row only as the same type (a component never changes type).
  const keep = new Set(content.components.filter((c) => c.id && types.get(c.id) === c.type).map((c) => c.id!));
  const leaving = current.filter((c) => !keep.has(c.id));
  const workflows = await assertNotConnected(
    manager,
    site.workspaceId,
    leaving.map((c) => c.id),
    force,
  );
  for (const component of leaving) {
    await repo.delete({ id: component.id });
    await publisher.publish(manager, COMPONENT_DELETED, {
      component_id: component.id,
      site_id: site.id,
      type: component.type,
      connected_workflow_ids: workflows.get(component.id) ?? [],
    });
  }
  const pages = content.pages.map((p) => ({ path: p.path, title: p.title, description: p.description ?? null }));
  await WorkspaceRepository.of(manager, SiteEntity, site.workspaceId).update(
    { id: site.id },
    { pages, customizations: content.customizations },
  );
  site.pages = pages;
  site.customizations = content.customizations;

  const existing = new Map(current.map((c) => [c.id, c]));
  const saved: ComponentEntity[] = [];
  for (const planned of content.components) {
    const values = {
      siteId: site.id,
      page: planned.page,
      type: planned.type,
      config: planned.config,
      position: planned.position,
      customizationKeys: customizationKeysOf(planned.type, planned.tokens),
    };
    const before = planned.id && keep.has(planned.id) ? existing.get(planned.id) : undefined;
    if (before) {
      await repo.update({ id: before.id }, values);
      const after = (await repo.findById(before.id))!;
      saved.push(after);
      await publisher.publish(manager, COMPONENT_UPDATED, componentChanged(after));
    } else {
      // A restored component whose id is free again keeps its id; one that changed type is a new component.
      const created =
        planned.id && !existing.has(planned.id)
          ? ((await repo.insertUnlessConflict({ id: planned.id, ...values })) ?? (await repo.insert(values)))
          : await repo.insert(values);
      saved.push(created);
      await publisher.publish(manager, COMPONENT_CREATED, componentChanged(created));
    }
  }
  return saved;
}
