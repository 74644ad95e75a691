import type { SiteRoutingV1 } from '@mab/contracts';

/** What the gateway knows about a site to serve it and accept its visitors' events. */
export interface SiteEntry {
  siteId: string;
  workspaceId: string;
  revision: number;
  publicSlug: string | null;
  customDomain: string | null;
  publishedVersion: number | null;
  deleted: boolean;
}

export const isLive = (entry: SiteEntry | null): entry is SiteEntry & { publishedVersion: number } =>
  !!entry && !entry.deleted && entry.publishedVersion !== null;

export function entryFromRouting(routing: SiteRoutingV1, workspaceId: string): SiteEntry {
  return {
    siteId: routing.site_id,
    workspaceId,
    revision: routing.revision,
    publicSlug: routing.public_slug,
    customDomain: routing.custom_domain?.toLowerCase() ?? null,
    publishedVersion: routing.published_version,
    deleted: routing.deleted,
  };
}

/** The routing part of a `template.site.*.v1` payload, when it has one (site.created before revisions had none). */
export function routingOf(payload: unknown): SiteRoutingV1 | null {
  const routing = (payload as { routing?: SiteRoutingV1 } | null)?.routing;
  return routing && typeof routing.site_id === 'string' && Number.isInteger(routing.revision) ? routing : null;
}
