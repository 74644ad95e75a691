import { Inject, Injectable } from '@nestjs/common';
import {
  COMPONENT_ANALYTICS,
  EMAIL_ANALYTICS,
  ONE_WORKFLOW_ANALYTICS,
  WORKFLOWS_ANALYTICS,
  type AnalyticsWindowQuery,
  type EmailAnalyticsQuery,
  type EmailAnalyticsView,
  type OneWorkflowAnalyticsRequest,
  type OneWorkflowAnalyticsView,
  type WorkflowsAnalyticsView,
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
import { ANALYTICS_ENV } from '../analytics.config';
import type { AnalyticsEnv } from '../analytics.env';
import { retentionHorizon } from '../site-facts/fact-retention';
import { rebuildRollups } from '../site-facts/site-rollups';
import { ComponentReport } from './component-report';
import { EmailReport } from './email-report';
import { WorkflowReport } from './workflow-report';
import { SiteReport } from './site-report';

@Injectable()
export class ReportsHandlers {
  constructor(
    private readonly sites: SiteReport,
    private readonly components: ComponentReport,
    private readonly workflows: WorkflowReport,
    private readonly emails: EmailReport,
    private readonly dataSource: DataSource,
    @Inject(ANALYTICS_ENV) private readonly env: AnalyticsEnv,
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

  @OnCommand(WORKFLOWS_ANALYTICS)
  allWorkflows(
    request: AnalyticsWindowQuery,
    ctx: CommandContext<typeof WORKFLOWS_ANALYTICS>,
  ): Promise<WorkflowsAnalyticsView> {
    return this.workflows.all(request, ctx.workspaceId);
  }

  @OnCommand(ONE_WORKFLOW_ANALYTICS)
  workflow(
    request: OneWorkflowAnalyticsRequest,
    ctx: CommandContext<typeof ONE_WORKFLOW_ANALYTICS>,
  ): Promise<OneWorkflowAnalyticsView> {
    return this.workflows.one(request, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }

  @OnCommand(EMAIL_ANALYTICS)
  email(request: EmailAnalyticsQuery, ctx: CommandContext<typeof EMAIL_ANALYTICS>): Promise<EmailAnalyticsView> {
    return this.emails.read(request, ctx.workspaceId);
  }

  /** An operator's command (platform scope: never routed from the public API). */
  @OnCommand(REBUILD_ROLLUPS)
  async rebuild(request: RebuildRollupsRequest): Promise<RebuildRollupsView> {
    const since = retentionHorizon(this.env.ANALYTICS_FACT_RETENTION_DAYS);
    const result = await this.dataSource.transaction((manager) =>
      rebuildRollups(manager, { workspaceId: request.workspace_id, since }),
    );
    return { facts: result.facts, rollup_rows: result.rows };
  }
}
