import { ServiceError, SITE_COMPONENTS_MAX, type ComponentWorkflowView } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { componentTypeSpec } from '../component-types/component-catalogue';
import { validateComponentConfig } from '../component-types/component-config.validator';
import type { SiteEntity } from '../sites/site.entity';
import { ComponentWorkflowEntity } from './component-workflow.entity';
import { ComponentEntity } from './component.entity';

/**
 * A component config as the catalogue accepts it, or a 400 naming every problem (`config.fields[1].name`). Every
 * write goes through here: the API, template instantiation, version restore and import.
 */
export function assertValidComponent(type: string, config: unknown, path = 'config'): void {
  const problems = validateComponentConfig(type, config, path);
  if (problems.length) {
    throw ServiceError.validation(
      componentTypeSpec(type)
        ? `the ${type} config is not valid: ${problems.length} problem(s)`
        : `"${type}" is not a component type`,
      problems,
    );
  }
}

/** The customizations a component of this type reads, plus any the template named as tokens in its texts. */
export function customizationKeysOf(type: string, tokens: Iterable<string> = []): string[] {
  return [...new Set([...(componentTypeSpec(type)?.customization_keys ?? []), ...tokens])].sort();
}

export function assertPageExists(site: SiteEntity, page: string, field = 'page'): void {
  if (!site.pages.some((p) => p.path === page)) {
    throw ServiceError.validation(`the site has no page ${page}`, [
      { field, constraints: [`must be one of the site's pages: ${site.pages.map((p) => p.path).join(', ')}`] },
    ]);
  }
}

export async function assertRoomForComponents(manager: EntityManager, site: SiteEntity, adding: number): Promise<void> {
  const count = await WorkspaceRepository.of(manager, ComponentEntity, site.workspaceId).count({ siteId: site.id });
  if (count + adding > SITE_COMPONENTS_MAX) {
    throw new ServiceError(409, 'too_many_components', `a site holds at most ${SITE_COMPONENTS_MAX} components`);
  }
}

/** The workflows connected to these components now (not the ones that let go of them). */
export async function connectedWorkflows(
  manager: EntityManager,
  workspaceId: string,
  componentIds: string[],
): Promise<(ComponentWorkflowView & { component_id: string })[]> {
  if (!componentIds.length) return [];
  const rows = await WorkspaceRepository.of(manager, ComponentWorkflowEntity, workspaceId)
    .queryBuilder('link')
    .andWhere('link.componentId IN (:...componentIds)', { componentIds })
    .andWhere('link.connected = true')
    .orderBy('link.workflowName', 'ASC')
    .getMany();
  return rows.map((row) => ({
    component_id: row.componentId,
    workflow_id: row.workflowId,
    name: row.workflowName,
    active: row.active,
    workflow_version: row.workflowVersion,
    connected_at: row.updatedAt.toISOString(),
  }));
}

/**
 * Refuses to remove components that workflows still use, unless forced: a 409 whose details list the workflows
 * (a workflow listening to a deleted form would never fire again, silently).
 */
export async function assertNotConnected(
  manager: EntityManager,
  workspaceId: string,
  componentIds: string[],
  force: boolean | undefined,
): Promise<Map<string, string[]>> {
  const links = await connectedWorkflows(manager, workspaceId, componentIds);
  if (links.length && !force) {
    throw new ServiceError(
      409,
      'component_in_use',
      `${new Set(links.map((l) => l.workflow_id)).size} workflow(s) use this; disconnect them or delete with ?force=true`,
      links.map((l) => ({ component_id: l.component_id, workflow_id: l.workflow_id, name: l.name, active: l.active })),
    );
  }
  // Each component's own workflows, for its deletion event.
  const byComponent = new Map<string, string[]>();
  for (const link of links)
    byComponent.set(link.component_id, [...(byComponent.get(link.component_id) ?? []), link.workflow_id]);
  return byComponent;
}

/**
 * Gives the components of one page the positions 0..n-1 in their order, with `moving` (if any) put at its
 * requested place; only rows whose position changes are written, and returned (their readers hear of them).
 */
export async function renumberPage(
  manager: EntityManager,
  site: SiteEntity,
  page: string,
  moving?: { id: string; position: number },
): Promise<ComponentEntity[]> {
  const repo = WorkspaceRepository.of(manager, ComponentEntity, site.workspaceId);
  const rows = await repo.find({ where: { siteId: site.id, page }, order: { position: 'ASC', createdAt: 'ASC' } });
  const ordered = rows.filter((row) => row.id !== moving?.id);
  const target = rows.find((row) => row.id === moving?.id);
  if (target && moving) ordered.splice(Math.min(moving.position, ordered.length), 0, target);
  const moved: ComponentEntity[] = [];
  for (const [index, row] of ordered.entries()) {
    if (row.position !== index) {
      await repo.update({ id: row.id }, { position: index });
      moved.push((await repo.findById(row.id))!);
    }
  }
  return moved;
}
