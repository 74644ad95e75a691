import { WorkspaceRepository } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import type { SiteEntity } from '../sites/site.entity';
import { captureSiteState, type SiteState } from './site-state';
import { SiteVersionEntity, type StoredPage } from './site-version.entity';

/** The next version number of a site; the caller holds the site's row lock, so numbers never collide. */
export async function nextVersionNumber(manager: EntityManager, site: SiteEntity): Promise<number> {
  const row = await WorkspaceRepository.of(manager, SiteVersionEntity, site.workspaceId)
    .queryBuilder('version')
    .select('MAX(version.number)', 'max')
    .andWhere('version.siteId = :siteId', { siteId: site.id })
    .getRawOne<{ max: number | null }>();
  return (row?.max ?? 0) + 1;
}

export async function saveVersion(
  manager: EntityManager,
  site: SiteEntity,
  version: { kind: 'publish' | 'snapshot'; reason: string; state?: SiteState; pagesHtml?: Record<string, StoredPage> },
  userId: string | null,
): Promise<SiteVersionEntity> {
  return WorkspaceRepository.of(manager, SiteVersionEntity, site.workspaceId).insert({
    siteId: site.id,
    number: await nextVersionNumber(manager, site),
    kind: version.kind,
    reason: version.reason.slice(0, 200),
    state: version.state ?? (await captureSiteState(manager, site)),
    pagesHtml: version.pagesHtml ?? null,
    createdBy: userId,
  });
}
