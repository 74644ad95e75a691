import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AI_USAGE,
  ANALYZE_COMPONENT,
  AiUsageView,
  AnalyzeComponentRequest,
  ComponentAnalysisView,
  CONTACT_INSIGHTS,
  ContactInsightsView,
  GENERATE_EMAIL,
  GENERATE_WORKFLOW,
  GenerateEmailRequest,
  GeneratedEmailView,
  GeneratedWorkflowView,
  GenerateWorkflowRequest,
  SUGGEST_WORKFLOWS,
  SuggestWorkflowsRequest,
  SuggestWorkflowsView,
  WORKFLOW_RECOMMENDATIONS,
  WORKSPACE_INSIGHTS,
  WorkflowRecommendationsQuery,
  WorkflowRecommendationsView,
  WorkspaceInsightsRequest,
  WorkspaceInsightsView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import type { GatewayEnv } from '../gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { IdParam } from '../http/id-param';

/**
 * The AI assistant: workflow suggestions (the seed's API), text to workflow, component analysis, email copy,
 * workflow advice and contact insights. Claude answers when the ai service has a key, a built-in engine otherwise;
 * every answer says which (`engine`) and, when Claude was asked and failed, why (`fallback_reason`).
 */
@ApiTags('ai')
@ApiBearerAuth()
@Controller('api/ai')
export class AiController {
  private readonly timeout: { timeoutMs: number };

  constructor(
    private readonly services: ServiceClient,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.timeout = { timeoutMs: env.AI_REQUEST_TIMEOUT_MS };
  }

  @Post('suggest-workflows')
  @HttpCode(200)
  @ApiOperation({ summary: 'Workflows for a component, ranked by confidence, each ready for POST /api/workflows' })
  @ApiOkResponse({ type: SuggestWorkflowsView })
  suggest(@Body() body: SuggestWorkflowsRequest) {
    return this.services.request(SUGGEST_WORKFLOWS, body, this.timeout);
  }

  @Post('generate-workflow')
  @HttpCode(200)
  @ApiOperation({ summary: 'A workflow graph from a sentence, with a plain-language summary (422: not understood)' })
  @ApiOkResponse({ type: GeneratedWorkflowView })
  generate(@Body() body: GenerateWorkflowRequest) {
    return this.services.request(GENERATE_WORKFLOW, body, this.timeout);
  }

  @Post('generate-email')
  @HttpCode(200)
  @ApiOperation({ summary: 'Distinct email variants (subject, preheader, body) for an A/B test' })
  @ApiOkResponse({ type: GeneratedEmailView })
  email(@Body() body: GenerateEmailRequest) {
    return this.services.request(GENERATE_EMAIL, body, this.timeout);
  }

  @Post('analyze-component')
  @HttpCode(200)
  @ApiOperation({ summary: 'What a component collects, its goals, what it lacks, and the workflows that fit' })
  @ApiOkResponse({ type: ComponentAnalysisView })
  analyze(@Body() body: AnalyzeComponentRequest) {
    return this.services.request(ANALYZE_COMPONENT, body, this.timeout);
  }

  @Get('workflows/:workflow_id/recommendations')
  @ApiOperation({ summary: "Advice from a workflow's analytics, each tied to the figure that triggered it" })
  @ApiOkResponse({ type: WorkflowRecommendationsView })
  recommendations(
    @IdParam('workflow_id', 'workflow') workflowId: string,
    @Query() query: WorkflowRecommendationsQuery,
  ) {
    return this.services.request(WORKFLOW_RECOMMENDATIONS, { ...query, workflow_id: workflowId }, this.timeout);
  }

  @Get('contacts/:contact_id/insights')
  @ApiOperation({ summary: 'Churn risk, engagement trend, next best action and best time for a contact' })
  @ApiOkResponse({ type: ContactInsightsView })
  contactInsights(@IdParam('contact_id', 'contact') contactId: string) {
    return this.services.request(CONTACT_INSIGHTS, { contact_id: contactId }, this.timeout);
  }

  @Get('insights')
  @ApiOperation({ summary: "The workspace's contacts most at risk and hottest, with the reasons" })
  @ApiOkResponse({ type: WorkspaceInsightsView })
  workspaceInsights(@Query() query: WorkspaceInsightsRequest) {
    return this.services.request(WORKSPACE_INSIGHTS, query, this.timeout);
  }

  @Get('usage')
  @ApiOperation({ summary: "This month's Claude calls, tokens and cost, and the budget left" })
  @ApiOkResponse({ type: AiUsageView })
  usage() {
    return this.services.request(AI_USAGE, {});
  }
}
