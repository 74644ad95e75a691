import { Injectable } from '@nestjs/common';
import {
  COMPONENT_ANALYTICS,
  REBUILD_ROLLUPS,
  SITE_ANALYTICS,
  type ComponentAnalyticsRequest,
  type ComponentAnalyticsView,
  type RebuildRollupsRequest,
  type RebuildRollupsView,
  type SiteAnalyticsRequest,
  type SiteAnalyticsView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { DataSource } from 'typeorm';
import { rebuildRollups } from '../site-facts/site-rollups';
import { ComponentReport } from './component-report';
import { SiteReport } from './site-report';

@Injectable()
export class ReportsHandlers {
  constructor(
    private readonly sites: SiteReport,
    private readonly components: ComponentReport,
    private readonly dataSource: DataSource,
  ) {}

  @OnCommand(SITE_ANALYTICS)
  site(request: SiteAnalyticsRequest, ctx: CommandContext<typeof SITE_ANALYTICS>): Promise<SiteAnalyticsView> {
    return this.sites.read(request, ctx.workspaceId);
  }

  @OnCommand(COMPONENT_ANALYTICS)
  component(
    request: ComponentAnalyticsRequest,
    ctx: CommandContext<typeof COMPONENT_ANALYTICS>,
  ): Promise<ComponentAnalyticsView> {
    return this.components.read(request, ctx.workspaceId);
  }

  /** An operator's command (platform scope: never routed from the public API). */
  @OnCommand(REBUILD_ROLLUPS)
  async rebuild(request: RebuildRollupsRequest): Promise<RebuildRollupsView> {
    const result = await this.dataSource.transaction((manager) => rebuildRollups(manager, request.workspace_id));
    return { facts: result.facts, rollup_rows: result.rows };
  }
}
