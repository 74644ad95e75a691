import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ADD_SUPPRESSION,
  AddSuppressionRequest,
  CREATE_EMAIL_TEMPLATE,
  DELETE_EMAIL_TEMPLATE,
  EmailSendPage,
  EmailSendView,
  EmailSettingsBody,
  EmailSettingsView,
  EmailTemplateBody,
  EmailTemplatePage,
  EmailTemplateView,
  GET_EMAIL_SEND,
  GET_EMAIL_SETTINGS,
  GET_EMAIL_TEMPLATE,
  LIST_EMAIL_SENDS,
  LIST_EMAIL_TEMPLATES,
  LIST_SUPPRESSIONS,
  ListEmailSendsQuery,
  ListSuppressionsQuery,
  PREVIEW_EMAIL_TEMPLATE,
  PreviewEmailBody,
  REMOVE_SUPPRESSION,
  RenderedEmailView,
  SEND_EMAIL,
  SendEmailBody,
  SuppressionPage,
  SuppressionView,
  UPDATE_EMAIL_SETTINGS,
  UPDATE_EMAIL_TEMPLATE,
  UpdateEmailTemplateBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';

/** Email of the CRM: sender settings, templates, sends and the suppression list (the crm service). */
@ApiTags('crm')
@ApiBearerAuth()
@Controller('api/crm')
export class EmailController {
  constructor(private readonly services: ServiceClient) {}

  @Get('email-settings')
  @ApiOperation({ summary: "The workspace's sender and postal address" })
  @ApiOkResponse({ type: EmailSettingsView })
  settings() {
    return this.services.request(GET_EMAIL_SETTINGS, {});
  }

  @Put('email-settings')
  @ApiOperation({ summary: "Set the workspace's sender and postal address" })
  @ApiOkResponse({ type: EmailSettingsView })
  updateSettings(@Body() body: EmailSettingsBody) {
    return this.services.request(UPDATE_EMAIL_SETTINGS, body);
  }

  @Post('email-templates')
  @ApiOperation({ summary: 'Create an email template (LiquidJS; compile errors name the field)' })
  @ApiCreatedResponse({ type: EmailTemplateView })
  createTemplate(@Body() body: EmailTemplateBody) {
    return this.services.request(CREATE_EMAIL_TEMPLATE, body);
  }

  @Get('email-templates')
  @ApiOperation({ summary: "The workspace's email templates and the built-in ones" })
  @ApiOkResponse({ type: EmailTemplatePage })
  templates() {
    return this.services.request(LIST_EMAIL_TEMPLATES, {});
  }

  @Get('email-templates/:template_id')
  @ApiOperation({ summary: 'One email template' })
  @ApiOkResponse({ type: EmailTemplateView })
  template(@IdParam('template_id', 'email template') templateId: string) {
    return this.services.request(GET_EMAIL_TEMPLATE, { template_id: templateId });
  }

  @Patch('email-templates/:template_id')
  @ApiOperation({ summary: 'Change an email template' })
  @ApiOkResponse({ type: EmailTemplateView })
  updateTemplate(@IdParam('template_id', 'email template') templateId: string, @Body() body: UpdateEmailTemplateBody) {
    return this.services.request(UPDATE_EMAIL_TEMPLATE, { ...body, template_id: templateId });
  }

  @Delete('email-templates/:template_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an email template' })
  @ApiNoContentResponse()
  async deleteTemplate(@IdParam('template_id', 'email template') templateId: string) {
    await this.services.request(DELETE_EMAIL_TEMPLATE, { template_id: templateId });
  }

  @Post('email-templates/:template_id/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render a template for a contact (or a sample contact)' })
  @ApiOkResponse({ type: RenderedEmailView })
  preview(@IdParam('template_id', 'email template') templateId: string, @Body() body: PreviewEmailBody) {
    return this.services.request(PREVIEW_EMAIL_TEMPLATE, { ...body, template_id: templateId });
  }

  @Post('emails')
  @ApiOperation({ summary: 'Send an email to a contact or an address (suppressions honoured; idempotency_key)' })
  @ApiCreatedResponse({ type: EmailSendView })
  send(@Body() body: SendEmailBody) {
    return this.services.request(SEND_EMAIL, body);
  }

  @Get('emails')
  @ApiOperation({ summary: 'Sends, newest first, with status and content (filter by contact or status)' })
  @ApiOkResponse({ type: EmailSendPage })
  sends(@Query() query: ListEmailSendsQuery) {
    return this.services.request(LIST_EMAIL_SENDS, query);
  }

  @Get('emails/:send_id')
  @ApiOperation({ summary: 'One send' })
  @ApiOkResponse({ type: EmailSendView })
  sendOne(@IdParam('send_id', 'email') sendId: string) {
    return this.services.request(GET_EMAIL_SEND, { send_id: sendId });
  }

  @Post('suppressions')
  @ApiOperation({ summary: 'Suppress an address (no marketing email)' })
  @ApiCreatedResponse({ type: SuppressionView })
  suppress(@Body() body: AddSuppressionRequest) {
    return this.services.request(ADD_SUPPRESSION, body);
  }

  @Get('suppressions')
  @ApiOperation({ summary: 'The suppression list' })
  @ApiOkResponse({ type: SuppressionPage })
  suppressions(@Query() query: ListSuppressionsQuery) {
    return this.services.request(LIST_SUPPRESSIONS, query);
  }

  @Delete('suppressions/:suppression_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Lift a suppression' })
  @ApiNoContentResponse()
  async unsuppress(@IdParam('suppression_id', 'suppression') suppressionId: string) {
    await this.services.request(REMOVE_SUPPRESSION, { suppression_id: suppressionId });
  }
}
