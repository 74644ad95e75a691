import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ComponentPage,
  ComponentTypePage,
  ComponentView,
  ComponentWorkflowListView,
  CREATE_COMPONENT,
  CreateComponentRequest,
  DELETE_COMPONENT,
  DeleteComponentQuery,
  GET_COMPONENT,
  LIST_COMPONENTS,
  LIST_COMPONENT_TYPES,
  LIST_COMPONENT_WORKFLOWS,
  ListComponentsQuery,
  ListComponentTypesQuery,
  UPDATE_COMPONENT,
  UpdateComponentBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { ApiErrorView } from '../openapi/openapi';
import { IdParam } from '../http/id-param';

/** Smart components, owned by the template service. */
@ApiTags('components')
@ApiBearerAuth()
@Controller('api/components')
export class ComponentsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('types')
  @ApiOperation({ summary: 'The catalogue of component types, each with the JSON Schema its config follows' })
  @ApiOkResponse({ type: ComponentTypePage })
  types(@Query() query: ListComponentTypesQuery) {
    return this.services.request(LIST_COMPONENT_TYPES, query);
  }

  @Post()
  @ApiOperation({ summary: "Add a component to a site's page (config validated against its type)" })
  @ApiCreatedResponse({ type: ComponentView })
  create(@Body() body: CreateComponentRequest) {
    return this.services.request(CREATE_COMPONENT, body);
  }

  @Get()
  @ApiOperation({ summary: "The workspace's components, newest first (filter by site, type, page)" })
  @ApiOkResponse({ type: ComponentPage })
  list(@Query() query: ListComponentsQuery) {
    return this.services.request(LIST_COMPONENTS, query);
  }

  @Get(':component_id')
  @ApiOperation({ summary: 'One component' })
  @ApiOkResponse({ type: ComponentView })
  get(@IdParam('component_id', 'component') componentId: string) {
    return this.services.request(GET_COMPONENT, { component_id: componentId });
  }

  @Patch(':component_id')
  @ApiOperation({ summary: "Replace a component's config, or move it to another page or position" })
  @ApiOkResponse({ type: ComponentView })
  update(@IdParam('component_id', 'component') componentId: string, @Body() body: UpdateComponentBody) {
    return this.services.request(UPDATE_COMPONENT, { ...body, component_id: componentId });
  }

  @Delete(':component_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a component (409 listing the workflows that use it, unless ?force=true)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiErrorView, description: 'component_in_use: details list the workflows' })
  async delete(@IdParam('component_id', 'component') componentId: string, @Query() query: DeleteComponentQuery) {
    await this.services.request(DELETE_COMPONENT, { ...query, component_id: componentId });
  }

  @Get(':component_id/workflows')
  @ApiOperation({ summary: 'The workflows connected to a component' })
  @ApiOkResponse({ type: ComponentWorkflowListView })
  workflows(@IdParam('component_id', 'component') componentId: string) {
    return this.services.request(LIST_COMPONENT_WORKFLOWS, { component_id: componentId });
  }
}
