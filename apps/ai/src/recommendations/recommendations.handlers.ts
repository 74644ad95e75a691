import { Injectable } from '@nestjs/common';
import {
  WORKFLOW_RECOMMENDATIONS,
  type WorkflowRecommendationsRequest,
  type WorkflowRecommendationsView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkflowRecommendationsUseCase } from './workflow-recommendations.usecase';

@Injectable()
export class RecommendationsHandlers {
  constructor(private readonly recommend: WorkflowRecommendationsUseCase) {}

  @OnCommand(WORKFLOW_RECOMMENDATIONS)
  run(
    request: WorkflowRecommendationsRequest,
    ctx: CommandContext<typeof WORKFLOW_RECOMMENDATIONS>,
  ): Promise<WorkflowRecommendationsView> {
    return this.recommend.execute(request, { workspaceId: ctx.workspaceId, userId: ctx.userId });
  }
}
