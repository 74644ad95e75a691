import { Injectable } from '@nestjs/common';
import {
  CONTACT_INSIGHTS,
  WORKSPACE_INSIGHTS,
  type ContactInsightsRequest,
  type ContactInsightsView,
  type WorkspaceInsightsRequest,
  type WorkspaceInsightsView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { ContactInsightsUseCase } from './contact-insights.usecase';

@Injectable()
export class InsightsHandlers {
  constructor(private readonly insights: ContactInsightsUseCase) {}

  @OnCommand(CONTACT_INSIGHTS)
  contact(request: ContactInsightsRequest, ctx: CommandContext<typeof CONTACT_INSIGHTS>): Promise<ContactInsightsView> {
    return this.insights.forContact(request.contact_id, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }

  @OnCommand(WORKSPACE_INSIGHTS)
  workspace(
    request: WorkspaceInsightsRequest,
    ctx: CommandContext<typeof WORKSPACE_INSIGHTS>,
  ): Promise<WorkspaceInsightsView> {
    return this.insights.forWorkspace(request.limit, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }
}
