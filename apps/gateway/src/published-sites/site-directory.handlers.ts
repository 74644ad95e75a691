import { Injectable, Logger } from '@nestjs/common';
import { quotedTablePath } from '@mab/persistence';
import { OnEvent, type EventContext } from '@mab/messaging';
import { SiteDirectoryEntity } from './site-directory.entity';
import { entryFromRouting, routingOf } from './site-entry';

/**
 * Keeps the site directory from the template service's site events. Every event carries the site's routing with
 * its revision; a row only ever moves forward, so redelivered or reordered events cannot put back an old address
 * or version.
 */
@Injectable()
export class SiteDirectoryHandlers {
  private readonly logger = new Logger(SiteDirectoryHandlers.name);

  @OnEvent('template.site.*.v1', { consumer: 'site-directory' })
  async apply(payload: unknown, ctx: EventContext): Promise<void> {
    const routing = routingOf(payload);
    const workspaceId = ctx.envelope.workspace_id;
    if (!routing || !workspaceId) {
      this.logger.debug(`ignored ${ctx.envelope.name} ${ctx.envelope.id}: no routing or workspace`);
      return;
    }
    const entry = entryFromRouting(routing, workspaceId);
    const table = quotedTablePath(ctx.manager, SiteDirectoryEntity);
    await ctx.manager.query(
      `INSERT INTO ${table} ("site_id", "workspace_id", "revision", "public_slug", "custom_domain",
                             "published_version", "pages", "component_ids", "deleted", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())
       ON CONFLICT ("site_id") DO UPDATE SET
         "revision" = EXCLUDED."revision", "public_slug" = EXCLUDED."public_slug",
         "custom_domain" = EXCLUDED."custom_domain", "published_version" = EXCLUDED."published_version",
         "pages" = EXCLUDED."pages", "component_ids" = EXCLUDED."component_ids",
         "deleted" = EXCLUDED."deleted", "updated_at" = clock_timestamp()
       WHERE ${table}."revision" < EXCLUDED."revision" AND ${table}."workspace_id" = EXCLUDED."workspace_id"`,
      [
        entry.siteId,
        entry.workspaceId,
        entry.revision,
        entry.publicSlug,
        entry.customDomain,
        entry.publishedVersion,
        routing.pages,
        routing.component_ids,
        entry.deleted,
      ],
    );
  }
}
