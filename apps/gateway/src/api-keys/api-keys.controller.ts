import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, IsNull } from 'typeorm';
import { CreateApiKeyDto, CreatedApiKeyView } from '../auth/dto/auth.dto';
import { ApiError } from '../http/api-error';
import { ApiKeyEntity } from '../identity/identity.entities';
import { CurrentPrincipal, RequireRole, type Principal } from '../identity/principal';
import { newSecret, sha256 } from '../identity/secret-token';
import { apiKeyView } from '../identity/views';

/** API keys of the active workspace. Managed by admins; the secret is shown once and stored hashed. */
@ApiTags('api keys')
@ApiBearerAuth()
@Controller('api/auth/api-keys')
@RequireRole('admin')
export class ApiKeysController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key (admin); the key is in this response only' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateApiKeyDto) {
    const key = newSecret('mab');
    const entity = await this.dataSource.getRepository(ApiKeyEntity).save({
      workspaceId: principal.workspaceId,
      name: dto.name,
      role: dto.role ?? 'member',
      prefix: key.slice(0, 12),
      keyHash: sha256(key),
      createdBy: principal.userId,
    });
    return { ...apiKeyView(entity), key };
  }

  @Get()
  @ApiOperation({ summary: 'List the workspace\'s active API keys (without secrets)' })
  async list(@CurrentPrincipal() principal: Principal) {
    const items = await this.dataSource.getRepository(ApiKeyEntity).find({
      where: { workspaceId: principal.workspaceId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return { items: items.map(apiKeyView), total: items.length, next_cursor: null };
  }

  @Delete(':api_key_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('api_key_id', new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound('API key') })) id: string,
  ): Promise<void> {
    const result = await this.dataSource
      .getRepository(ApiKeyEntity)
      .update({ id, workspaceId: principal.workspaceId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw ApiError.notFound('API key');
  }
}
