import { ServiceError } from '@mab/contracts';
import { quotedTablePath } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { SiteEntity } from './site.entity';

/**
 * A custom domain serves one site across all workspaces, whatever its letter case (the unique index on
 * lower(custom_domain) is the last word; the transaction lock on the name makes two claims take turns, so the
 * loser gets a clear 409 rather than a constraint error).
 */
export async function assertDomainFree(manager: EntityManager, domain: string, siteId: string): Promise<void> {
  const table = quotedTablePath(manager, SiteEntity);
  // Domains are shared by every workspace: this check reads across them on purpose and writes nothing.
  // eslint-disable-next-line no-restricted-syntax
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`custom-domain:${domain}`]);
  // eslint-disable-next-line no-restricted-syntax
  const taken: unknown[] = await manager.query(
    `SELECT 1 FROM ${table} WHERE lower("custom_domain") = lower($1) AND "id" <> $2 LIMIT 1`,
    [domain, siteId],
  );
  if (taken.length) {
    throw new ServiceError(409, 'domain_taken', `${domain} is already claimed by another site`, [
      { field: 'custom_domain', constraints: ['is already claimed by another site'] },
    ]);
  }
}
