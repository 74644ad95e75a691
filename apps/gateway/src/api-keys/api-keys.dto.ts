import { ApiProperty } from '@nestjs/swagger';
import { OneOf, PageOf, Text, type Role } from '@mab/contracts';
import type { ApiKeyEntity } from '../identity/identity.entities';

/** Roles a key may have: never owner (a leaked key must not be able to take a workspace over). */
export const API_KEY_ROLES = ['viewer', 'member', 'admin'] as const;

export class CreateApiKeyDto {
  @Text({ min: 1, max: 200, trim: true, example: 'zapier-sync' })
  name: string;

  @OneOf(API_KEY_ROLES, { optional: true, description: 'member by default' })
  role?: Exclude<Role, 'owner'>;
}

export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role: Role;
  @ApiProperty({ example: 'mab_3fa9c1d2' }) prefix: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_used_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'The secret, shown this once; send it as the X-API-Key header.' }) key: string;
}

export const ApiKeyPage = PageOf(ApiKeyView);

export const apiKeyView = (k: ApiKeyEntity): ApiKeyView => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  last_used_at: k.lastUsedAt?.toISOString() ?? null,
  created_at: k.createdAt.toISOString(),
});
