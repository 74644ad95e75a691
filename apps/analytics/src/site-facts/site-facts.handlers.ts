import { Injectable } from '@nestjs/common';
import {
  COMPONENT_CREATED,
  COMPONENT_DELETED,
  COMPONENT_UPDATED,
  SITE_CREATED,
  SITE_DELETED,
  SITE_EVENT_RECEIVED,
  type ComponentChangedV1,
  type ComponentDeletedV1,
  type SiteCreatedV1,
  type SiteEventReceivedV1,
  type SiteRoutingChangedV1,
} from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { quotedSchema } from '@mab/persistence';
import { siteFactOf } from './site-fact';
import { recordSiteFact } from './site-rollups';

/**
 * What analytics learns from events: published sites' visitor events become facts and rollups (idempotent by event
 * id, in the inbox's transaction), and the template service's sites and components become the list of what a
 * workspace may ask about (another workspace's id answers 404).
 */
@Injectable()
export class SiteFactsHandlers {
  @OnEvent(SITE_EVENT_RECEIVED)
  async received(event: SiteEventReceivedV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id ?? event.workspace_id;
    await recordSiteFact(ctx.manager, siteFactOf(event, workspaceId));
  }

  @OnEvent(SITE_CREATED)
  async siteCreated(event: SiteCreatedV1, ctx: EventContext): Promise<void> {
    await this.site(ctx, event.site_id, false);
  }

  @OnEvent(SITE_DELETED)
  async siteDeleted(event: SiteRoutingChangedV1, ctx: EventContext): Promise<void> {
    await this.site(ctx, event.site_id, true);
  }

  @OnEvent(COMPONENT_CREATED)
  async componentCreated(event: ComponentChangedV1, ctx: EventContext): Promise<void> {
    await this.component(ctx, event.component_id, event.site_id, event.type, false);
  }

  @OnEvent(COMPONENT_UPDATED)
  async componentUpdated(event: ComponentChangedV1, ctx: EventContext): Promise<void> {
    await this.component(ctx, event.component_id, event.site_id, event.type, false);
  }

  @OnEvent(COMPONENT_DELETED)
  async componentDeleted(event: ComponentDeletedV1, ctx: EventContext): Promise<void> {
    await this.component(ctx, event.component_id, event.site_id, event.type, true);
  }

  private async site(ctx: EventContext, siteId: string, deleted: boolean): Promise<void> {
    if (!ctx.envelope.workspace_id) return;
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the row
    await ctx.manager.query(
      `INSERT INTO ${quotedSchema(ctx.manager)}."sites" ("workspace_id", "site_id", "deleted") VALUES ($1, $2, $3)
       ON CONFLICT ("workspace_id", "site_id") DO UPDATE SET "deleted" = sites."deleted" OR EXCLUDED."deleted"`,
      [ctx.envelope.workspace_id, siteId, deleted],
    );
    // A deleted site's funnels go with it (its facts and rollups stay until retention prunes them).
    if (deleted)
      // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the WHERE
      await ctx.manager.query(
        `DELETE FROM ${quotedSchema(ctx.manager)}."funnels" WHERE "workspace_id" = $1 AND "site_id" = $2`,
        [ctx.envelope.workspace_id, siteId],
      );
  }

  private async component(ctx: EventContext, componentId: string, siteId: string, type: string, deleted: boolean) {
    if (!ctx.envelope.workspace_id) return;
    // A deletion wins over an update that arrives after it.
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the row
    await ctx.manager.query(
      `INSERT INTO ${quotedSchema(ctx.manager)}."components" ("workspace_id", "component_id", "site_id", "type", "deleted")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("workspace_id", "component_id") DO UPDATE SET "type" = EXCLUDED."type",
         "deleted" = components."deleted" OR EXCLUDED."deleted"`,
      [ctx.envelope.workspace_id, componentId, siteId, type, deleted],
    );
  }
}
