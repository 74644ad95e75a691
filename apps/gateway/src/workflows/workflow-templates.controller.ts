import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  INSTANTIATE_WORKFLOW_TEMPLATE,
  InstantiateWorkflowTemplateBody,
  LIST_WORKFLOW_TEMPLATES,
  WorkflowTemplatePage,
  WorkflowView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';

/** The built-in workflow templates (lead follow-up, newsletter welcome, booking confirmation…). */
@ApiTags('workflows')
@ApiBearerAuth()
@Controller('api/workflow-templates')
export class WorkflowTemplatesController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'The built-in workflow templates' })
  @ApiOkResponse({ type: WorkflowTemplatePage })
  list() {
    return this.services.request(LIST_WORKFLOW_TEMPLATES, {});
  }

  @Post(':template_key/instantiate')
  @ApiOperation({ summary: 'A new (inactive) workflow from a template, wired to your form' })
  @ApiCreatedResponse({ type: WorkflowView })
  instantiate(@Param('template_key') templateKey: string, @Body() body: InstantiateWorkflowTemplateBody) {
    return this.services.request(INSTANTIATE_WORKFLOW_TEMPLATE, { ...body, template_key: templateKey });
  }
}
