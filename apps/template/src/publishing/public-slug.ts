import { quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { SiteEntity } from '../sites/site.entity';

/**
 * Claims the site's slug as its public address (/s/{slug}/) when no other site holds it, across workspaces:
 * slugs are unique per workspace, so two workspaces may both have a "bistro" — the first to publish gets the
 * short address, the other is served at /s/{site id}/ (always unique) until it picks a free slug. A transaction
 * lock on the slug makes two simultaneous claims take turns. Returns the public slug the site now holds.
 */
export async function claimPublicSlug(manager: EntityManager, site: SiteEntity): Promise<string | null> {
  if (site.publicSlug === site.slug) return site.publicSlug;
  const table = quotedTablePath(manager, SiteEntity);
  // Public addresses are shared by every workspace, so this check is deliberately not workspace-scoped; it reads
  // whether the slug is taken and writes only this workspace's row.
  // eslint-disable-next-line no-restricted-syntax
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`public-slug:${site.slug}`]);
  // eslint-disable-next-line no-restricted-syntax
  const taken: unknown[] = await manager.query(
    `SELECT 1 FROM ${table} WHERE "public_slug" = $1 AND "id" <> $2 LIMIT 1`,
    [site.slug, site.id],
  );
  const publicSlug = taken.length ? null : site.slug;
  // eslint-disable-next-line no-restricted-syntax
  await manager.query(`UPDATE ${table} SET "public_slug" = $1 WHERE "id" = $2 AND "workspace_id" = $3`, [
    publicSlug,
    site.id,
    site.workspaceId,
  ]);
  site.publicSlug = publicSlug;
  return publicSlug;
}
