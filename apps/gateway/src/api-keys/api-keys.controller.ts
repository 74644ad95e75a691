import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateApiKeyDto, CreatedApiKeyView } from '../auth/dto/auth.dto';
import { ApiError } from '../http/api-error';
import { ListQueryDto, pageOf } from '../http/list-query';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { ManageApiKeysUseCase } from './manage-api-keys.usecase';

/** API keys of the active workspace, managed by admins. */
@ApiTags('api keys')
@ApiBearerAuth()
@Controller('api/auth/api-keys')
@RequireRole('admin')
// A leaked key must not be able to mint more keys: key management is for signed-in admins only.
@UsersOnly()
export class ApiKeysController {
  constructor(private readonly apiKeys: ManageApiKeysUseCase) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key (admin); the key is in this response only' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateApiKeyDto) {
    return this.apiKeys.create(principal, dto.name, dto.role ?? 'member');
  }

  @Get()
  @ApiOperation({ summary: "List the workspace's active API keys (without secrets)" })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListQueryDto) {
    return this.apiKeys.list(principal, pageOf(query));
  }

  @Delete(':api_key_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('api_key_id', new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound('API key') })) id: string,
  ): Promise<void> {
    await this.apiKeys.revoke(principal, id);
  }
}
