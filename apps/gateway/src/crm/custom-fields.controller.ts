import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CREATE_CUSTOM_FIELD,
  CreateCustomFieldRequest,
  CustomFieldPage,
  CustomFieldView,
  DELETE_CUSTOM_FIELD,
  DeleteCustomFieldQuery,
  GET_CUSTOM_FIELD,
  LIST_CUSTOM_FIELDS,
  UPDATE_CUSTOM_FIELD,
  UpdateCustomFieldBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';

/** Custom field definitions of the workspace's contacts (the crm service). */
@ApiTags('crm')
@ApiBearerAuth()
@Controller('api/crm/custom-fields')
export class CustomFieldsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @ApiOperation({ summary: 'Define a custom field (text, number, date, boolean, select)' })
  @ApiCreatedResponse({ type: CustomFieldView })
  create(@Body() body: CreateCustomFieldRequest) {
    return this.services.request(CREATE_CUSTOM_FIELD, body);
  }

  @Get()
  @ApiOperation({ summary: "The workspace's custom fields" })
  @ApiOkResponse({ type: CustomFieldPage })
  list() {
    return this.services.request(LIST_CUSTOM_FIELDS, {});
  }

  @Get(':field_id')
  @ApiOperation({ summary: 'One custom field' })
  @ApiOkResponse({ type: CustomFieldView })
  get(@IdParam('field_id', 'custom field') fieldId: string) {
    return this.services.request(GET_CUSTOM_FIELD, { field_id: fieldId });
  }

  @Patch(':field_id')
  @ApiOperation({ summary: "Change a custom field's label, description or options" })
  @ApiOkResponse({ type: CustomFieldView })
  update(@IdParam('field_id', 'custom field') fieldId: string, @Body() body: UpdateCustomFieldBody) {
    return this.services.request(UPDATE_CUSTOM_FIELD, { ...body, field_id: fieldId });
  }

  @Delete(':field_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a custom field (?purge=true also removes its values from contacts)' })
  @ApiNoContentResponse()
  async delete(@IdParam('field_id', 'custom field') fieldId: string, @Query() query: DeleteCustomFieldQuery) {
    await this.services.request(DELETE_CUSTOM_FIELD, { ...query, field_id: fieldId });
  }
}
