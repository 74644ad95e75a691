import { Injectable } from '@nestjs/common';
import {
  EMAIL_STATS,
  GET_WORKFLOW,
  WORKFLOW_ANALYTICS,
  type WorkflowRecommendationsRequest,
  type WorkflowRecommendationsView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { workflowRecommendations } from './workflow-recommendations';

const DEFAULT_DAYS = 30;

/**
 * `GET /api/ai/workflows/{id}/recommendations`: the workflow (its node settings), its analytics from the engine and
 * its emails' figures from the crm, read at once, turned into advice. Another workspace's workflow answers 404, as
 * the engine says.
 */
@Injectable()
export class WorkflowRecommendationsUseCase {
  constructor(private readonly services: ServiceClient) {}

  async execute(
    request: WorkflowRecommendationsRequest,
    who: { workspaceId: string; userId: string | null },
  ): Promise<WorkflowRecommendationsView> {
    const days = request.days ?? DEFAULT_DAYS;
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);
    const window = { from: from.toISOString(), to: to.toISOString() };
    const workflow = await this.services.request(GET_WORKFLOW, { workflow_id: request.workflow_id }, who);
    const [analytics, email] = await Promise.all([
      this.services.request(WORKFLOW_ANALYTICS, { workflow_id: request.workflow_id, ...window }, who),
      workflow.nodes.some((n) => n.type === 'send_email')
        ? this.services.request(EMAIL_STATS, { workflow_id: request.workflow_id, ...window }, who)
        : Promise.resolve(null),
    ]);
    return {
      workflow_id: request.workflow_id,
      ...window,
      executions: analytics.executions,
      recommendations: workflowRecommendations(workflow, analytics, email, days),
    };
  }
}
