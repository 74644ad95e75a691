import type { SiteRoutingV1 } from '@mab/contracts';
import type { SiteDirectoryEntity } from './site-directory.entity';

/** What the gateway knows about a site to serve it and accept its visitors' events. */
export interface SiteEntry {
  siteId: string;
  workspaceId: string;
  revision: number;
  publicSlug: string | null;
  customDomain: string | null;
  publishedVersion: number | null;
  /** Page paths of the live version. */
  pages: string[];
  /** Components of the live version. */
  componentIds: string[];
  deleted: boolean;
}

export type LiveSiteEntry = SiteEntry & { publishedVersion: number };

export const isLive = (entry: SiteEntry | null | undefined): entry is LiveSiteEntry =>
  !!entry && !entry.deleted && entry.publishedVersion !== null;

export function entryFromRouting(routing: SiteRoutingV1, workspaceId: string): SiteEntry {
  return {
    siteId: routing.site_id,
    workspaceId,
    revision: routing.revision,
    publicSlug: routing.public_slug,
    customDomain: routing.custom_domain?.toLowerCase() ?? null,
    publishedVersion: routing.published_version,
    pages: routing.pages ?? [],
    componentIds: routing.component_ids ?? [],
    deleted: routing.deleted,
  };
}

export function entryFromRow(row: SiteDirectoryEntity): SiteEntry {
  return {
    siteId: row.siteId,
    workspaceId: row.workspaceId,
    revision: row.revision,
    publicSlug: row.publicSlug,
    customDomain: row.customDomain?.toLowerCase() ?? null,
    publishedVersion: row.publishedVersion,
    pages: row.pages ?? [],
    componentIds: row.componentIds ?? [],
    deleted: row.deleted,
  };
}

/** The routing part of a `template.site.*.v1` payload, when it has one. */
export function routingOf(payload: unknown): SiteRoutingV1 | null {
  const routing = (payload as { routing?: SiteRoutingV1 } | null)?.routing;
  return routing && typeof routing.site_id === 'string' && Number.isInteger(routing.revision) ? routing : null;
}
