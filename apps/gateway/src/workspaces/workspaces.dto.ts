import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../identity/identity.entities';

export class CreateWorkspaceDto {
  @ApiProperty({ example: 'Agency client: Bistro Lumière' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

export class AddMemberDto {
  @ApiProperty({ example: 'grace@example.com', description: 'An existing account' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  email: string;

  @ApiProperty({ enum: ROLES, example: 'member' })
  @IsIn(ROLES)
  role: Role;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES, example: 'admin' })
  @IsIn(ROLES)
  role: Role;
}

export class MemberView {
  @ApiProperty() user_id: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() joined_at: string;
}
