import { ServiceError } from '@mab/contracts';
import { WorkspaceRepository } from '@mab/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { SiteEntity } from './site.entity';

/**
 * A site of the workspace, or 404 (another workspace's site is as unknown as a made-up id). With `lock`, the row
 * is locked for the transaction: writes that renumber components or versions of a site go one at a time.
 */
export async function siteOr404(
  manager: EntityManager | DataSource,
  workspaceId: string,
  siteId: string,
  lock = false,
): Promise<SiteEntity> {
  const site = await WorkspaceRepository.of(manager, SiteEntity, workspaceId).findById(siteId, {
    lockForUpdate: lock,
  });
  if (!site) throw ServiceError.notFound('site', siteId);
  return site;
}

/** Records that the site changed: a new revision, so readers of its events apply them in order. */
export async function bumpRevision(manager: EntityManager, site: SiteEntity): Promise<SiteEntity> {
  site.revision += 1;
  await WorkspaceRepository.of(manager, SiteEntity, site.workspaceId).update(
    { id: site.id },
    { revision: site.revision },
  );
  return site;
}
