import { ApiProperty } from '@nestjs/swagger';
import { Int, Uuid } from '../fields';
import { defineCommand } from '../registry';

/**
 * Advice read from data: a workflow's recommendations from its own analytics, and a contact's insights (churn
 * risk, engagement trend, next best action, best time to reach out) from its activity and score history. Every
 * statement carries the figures it rests on.
 */
export const INSIGHT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type InsightSeverity = (typeof INSIGHT_SEVERITIES)[number];

export class WorkflowRecommendationsQuery {
  @Int({ optional: true, min: 1, max: 365, fromQuery: true, description: 'Days of history read (default 30)' })
  days?: number;
}

export class WorkflowRecommendationsRequest extends WorkflowRecommendationsQuery {
  @Uuid() workflow_id: string;
}

export class FigureView {
  @ApiProperty({ example: 'failure_rate' }) name: string;
  @ApiProperty({ example: 0.12 }) value: number;
  @ApiProperty({ example: 'ratio', description: 'ratio, ms, count or per_day' }) unit: string;
}

export class RecommendationView {
  @ApiProperty({ example: 'raise_timeout' }) code: string;
  @ApiProperty({ enum: INSIGHT_SEVERITIES }) severity: InsightSeverity;
  @ApiProperty({ type: String, nullable: true, description: 'The node it is about' }) node: string | null;
  @ApiProperty({ example: 'The node call_crm fails 12% of the time with timeouts: raise its timeout or add retries' })
  message: string;
  @ApiProperty({ type: FigureView, description: 'The figure that triggered it' }) figure: FigureView;
}

export class WorkflowRecommendationsView {
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty() executions: number;
  @ApiProperty({ type: RecommendationView, isArray: true, description: 'Most severe first' })
  recommendations: RecommendationView[];
}

export class ContactInsightsRequest {
  @Uuid() contact_id: string;
}

export const CHURN_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type ChurnRiskLevel = (typeof CHURN_RISK_LEVELS)[number];
export const ENGAGEMENT_TRENDS = ['rising', 'steady', 'falling', 'none'] as const;
export type EngagementTrend = (typeof ENGAGEMENT_TRENDS)[number];

export class ChurnRiskView {
  @ApiProperty({ enum: CHURN_RISK_LEVELS }) level: ChurnRiskLevel;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ type: String, isArray: true }) reasons: string[];
}

export class EngagementView {
  @ApiProperty({ enum: ENGAGEMENT_TRENDS }) trend: EngagementTrend;
  @ApiProperty({ description: 'Activities in the last 30 days' }) last_30_days: number;
  @ApiProperty({ description: 'Activities in the 30 days before' }) previous_30_days: number;
  @ApiProperty({ type: String, isArray: true }) reasons: string[];
}

export class NextBestActionView {
  @ApiProperty({ example: 'call_now' }) action: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: String, isArray: true }) reasons: string[];
}

export class BestTimeView {
  @ApiProperty({ type: String, nullable: true, example: 'tuesday' }) weekday: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 10, description: 'Hour of day, UTC' }) hour_utc: number | null;
  @ApiProperty({ type: String, isArray: true }) reasons: string[];
}

export class ContactInsightsView {
  @ApiProperty({ format: 'uuid' }) contact_id: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty() lead_score: number;
  @ApiProperty({ type: ChurnRiskView }) churn_risk: ChurnRiskView;
  @ApiProperty({ type: EngagementView }) engagement: EngagementView;
  @ApiProperty({ type: NextBestActionView }) next_best_action: NextBestActionView;
  @ApiProperty({ type: BestTimeView }) best_time: BestTimeView;
  @ApiProperty({ format: 'date-time' }) computed_at: string;
}

export class WorkspaceInsightsRequest {
  @Int({ optional: true, min: 1, max: 50, fromQuery: true, description: 'Contacts per list (default 10)' })
  limit?: number;
}

export class WorkspaceInsightsView {
  @ApiProperty({
    type: ContactInsightsView,
    isArray: true,
    description: 'Valuable contacts going quiet, riskiest first',
  })
  at_risk: ContactInsightsView[];
  @ApiProperty({ type: ContactInsightsView, isArray: true, description: 'Highest scores with recent activity' })
  hottest: ContactInsightsView[];
}

export class AiUsageRequest {}

export class AiUsageView {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ description: 'Whether the service has an Anthropic API key' }) claude_configured: boolean;
  @ApiProperty() claude_calls: number;
  @ApiProperty() input_tokens: number;
  @ApiProperty() output_tokens: number;
  @ApiProperty({ description: 'US dollars, at the configured prices' }) cost_usd: number;
  @ApiProperty({ description: 'Tokens (input + output) a workspace may spend on Claude per month' })
  budget_tokens: number;
  @ApiProperty() remaining_tokens: number;
}

export const WORKFLOW_RECOMMENDATIONS = defineCommand({
  name: 'ai.workflow.recommendations',
  service: 'ai',
  request: WorkflowRecommendationsRequest,
  reply: WorkflowRecommendationsView,
  scope: 'workspace',
  mutation: false,
  description: "Concrete advice from a workflow's analytics, each tied to the figure that triggered it.",
});

export const CONTACT_INSIGHTS = defineCommand({
  name: 'ai.contact.insights',
  service: 'ai',
  request: ContactInsightsRequest,
  reply: ContactInsightsView,
  scope: 'workspace',
  mutation: false,
  description: 'Churn risk, engagement trend, next best action and best time for a contact, from its history.',
});

export const WORKSPACE_INSIGHTS = defineCommand({
  name: 'ai.insights.workspace',
  service: 'ai',
  request: WorkspaceInsightsRequest,
  reply: WorkspaceInsightsView,
  scope: 'workspace',
  mutation: false,
  description: "The workspace's contacts most at risk and hottest, with the reasons.",
});

export const AI_USAGE = defineCommand({
  name: 'ai.usage.get',
  service: 'ai',
  request: AiUsageRequest,
  reply: AiUsageView,
  scope: 'workspace',
  mutation: false,
  description: "This month's Claude calls, tokens and cost for the workspace, and what is left of its budget.",
});
