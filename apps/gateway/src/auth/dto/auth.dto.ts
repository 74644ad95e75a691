import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../identity/identity.entities';

const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterDto {
  @ApiProperty({ example: 'ada@example.com' })
  @Transform(normalizeEmail)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple', minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ example: 'Ada Lovelace' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Analytical Engines Ltd' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  workspace_name?: string;
}

export class LoginDto {
  @ApiProperty({ example: 'ada@example.com' })
  @Transform(normalizeEmail)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ example: 'rt_6y1c…' })
  @IsString()
  @MaxLength(200)
  refresh_token: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  current_password: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  new_password: string;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'zapier-sync' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ enum: ['viewer', 'member', 'admin'], default: 'member' })
  @IsOptional()
  @IsIn(['viewer', 'member', 'admin'])
  role?: Exclude<Role, 'owner'>;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty() created_at: string;
}

export class WorkspaceView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() created_at: string;
}

export class TokenPairView {
  @ApiProperty() access_token: string;
  @ApiProperty() refresh_token: string;
  @ApiProperty({ example: 'Bearer' }) token_type: string;
  @ApiProperty({ example: 900 }) expires_in: number;
}

export class SessionView extends TokenPairView {
  @ApiProperty({ type: UserView }) user: UserView;
  @ApiProperty({ type: WorkspaceView }) workspace: WorkspaceView;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class MeView {
  @ApiProperty({ type: UserView }) user: UserView;
  @ApiProperty({ type: WorkspaceView }) workspace: WorkspaceView;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ['user', 'api_key'] }) principal: 'user' | 'api_key';
}

export class ApiKeyView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['viewer', 'member', 'admin'] }) role: Role;
  @ApiProperty({ example: 'mab_3fa9c1d2' }) prefix: string;
  @ApiProperty({ nullable: true, type: String }) last_used_at: string | null;
  @ApiProperty() created_at: string;
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'The secret, shown this once; send it as the X-API-Key header.' }) key: string;
}
