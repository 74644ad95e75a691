import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CANCEL_EXECUTION,
  EXECUTE_WORKFLOW,
  ExecuteWorkflowBody,
  ExecutionStartedView,
  ExecutionSummaryPage,
  ExecutionSummaryView,
  ExecutionView,
  GET_EXECUTION,
  LIST_EXECUTIONS,
  ListExecutionsQuery,
  RERUN_EXECUTION,
  TEST_WORKFLOW,
  TEST_WORKFLOW_DEFINITION,
  TestWorkflowBody,
  TestWorkflowDefinitionRequest,
  WORKFLOW_ANALYTICS,
  WorkflowAnalyticsQuery,
  WorkflowAnalyticsView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';

/**
 * Executions of workflows: started by hand (or by triggers), each step logged with its input, output, error,
 * attempts and timing; live progress goes out on /api/live as `workflow-engine.execution.*` events.
 */
@ApiTags('executions')
@ApiBearerAuth()
@Controller('api')
export class ExecutionsController {
  constructor(private readonly services: ServiceClient) {}

  @Post('workflows/:workflow_id/execute')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start an execution by hand with trigger data (active or not)' })
  @ApiAcceptedResponse({ type: ExecutionStartedView })
  execute(@IdParam('workflow_id', 'workflow') workflowId: string, @Body() body: ExecuteWorkflowBody) {
    return this.services.request(EXECUTE_WORKFLOW, { ...body, workflow_id: workflowId });
  }

  @Post('workflows/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Test an unsaved definition: every step at once, effects simulated, nothing kept' })
  @ApiOkResponse({ type: ExecutionView })
  testDefinition(@Body() body: TestWorkflowDefinitionRequest) {
    return this.services.request(TEST_WORKFLOW_DEFINITION, body);
  }

  @Post('workflows/:workflow_id/test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Test a workflow with sample trigger data: every step at once, effects simulated, nothing kept',
  })
  @ApiOkResponse({ type: ExecutionView })
  test(@IdParam('workflow_id', 'workflow') workflowId: string, @Body() body: TestWorkflowBody) {
    return this.services.request(TEST_WORKFLOW, { ...body, workflow_id: workflowId });
  }

  @Get('workflows/:workflow_id/executions')
  @ApiOperation({ summary: "A workflow's executions, newest first, by status and date" })
  @ApiOkResponse({ type: ExecutionSummaryPage })
  list(@IdParam('workflow_id', 'workflow') workflowId: string, @Query() query: ListExecutionsQuery) {
    return this.services.request(LIST_EXECUTIONS, { ...query, workflow_id: workflowId });
  }

  @Get('workflows/:workflow_id/analytics')
  @ApiOperation({ summary: 'Executions, success rate, avg and p95 duration, per day and per node, over a window' })
  @ApiOkResponse({ type: WorkflowAnalyticsView })
  analytics(@IdParam('workflow_id', 'workflow') workflowId: string, @Query() query: WorkflowAnalyticsQuery) {
    return this.services.request(WORKFLOW_ANALYTICS, { ...query, workflow_id: workflowId });
  }

  @Get('executions/:execution_id')
  @ApiOperation({ summary: 'An execution with every step' })
  @ApiOkResponse({ type: ExecutionView })
  get(@IdParam('execution_id', 'execution') executionId: string) {
    return this.services.request(GET_EXECUTION, { execution_id: executionId });
  }

  @Post('executions/:execution_id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop a running or waiting execution (at the next step boundary)' })
  @ApiOkResponse({ type: ExecutionSummaryView })
  cancel(@IdParam('execution_id', 'execution') executionId: string) {
    return this.services.request(CANCEL_EXECUTION, { execution_id: executionId });
  }

  @Post('executions/:execution_id/rerun')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run a failed execution again from its failed steps (earlier outputs are kept)' })
  @ApiOkResponse({ type: ExecutionSummaryView })
  rerun(@IdParam('execution_id', 'execution') executionId: string) {
    return this.services.request(RERUN_EXECUTION, { execution_id: executionId });
  }
}
