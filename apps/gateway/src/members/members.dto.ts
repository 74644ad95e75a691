import { ApiProperty } from '@nestjs/swagger';
import { OneOf, PageOf, ROLES, type Role } from '@mab/contracts';

export class ChangeRoleDto {
  @OneOf(ROLES, { example: 'admin' })
  role: Role;
}

export class MemberView {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'date-time' }) joined_at: string;
}

export const MemberPage = PageOf(MemberView);
