import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '@mab/contracts';
import { IdParam } from '../http/id-param';
import { offsetPageOf } from '../http/list-query';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { ApiKeyPage, CreateApiKeyDto, CreatedApiKeyView } from './api-keys.dto';
import { ApiKeysService } from './api-keys.service';

/** API keys of the active workspace, managed by admins. */
@ApiTags('api keys')
@ApiBearerAuth()
@Controller('api/auth/api-keys')
@RequireRole('admin')
// A leaked key must not be able to mint more keys: key management is for signed-in admins only.
@UsersOnly()
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key (admin); the key is in this response only' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateApiKeyDto) {
    return this.apiKeys.create(principal, dto.name, dto.role ?? 'member');
  }

  @Get()
  @ApiOperation({ summary: "List the workspace's active API keys (without secrets)" })
  @ApiOkResponse({ type: ApiKeyPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.apiKeys.list(principal, offsetPageOf(query));
  }

  @Delete(':api_key_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiNoContentResponse()
  async revoke(@CurrentPrincipal() principal: Principal, @IdParam('api_key_id', 'API key') id: string): Promise<void> {
    await this.apiKeys.revoke(principal, id);
  }
}
