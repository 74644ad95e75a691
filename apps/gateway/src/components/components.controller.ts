import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComponentTypePage, LIST_COMPONENT_TYPES, ListComponentTypesQuery } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';

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
}
