import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@mab/contracts';
import type { UserEntity, WorkspaceEntity } from './identity.entities';
import type { TokenPair } from './token.service';

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class WorkspaceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class TokenPairView {
  @ApiProperty() access_token: string;
  @ApiProperty() refresh_token: string;
  @ApiProperty({ example: 'Bearer' }) token_type: string;
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expires_in: number;
}

/** What signing in (register, login, switching workspace, accepting an invitation) answers. */
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

export const userView = (u: UserEntity): UserView => ({
  id: u.id,
  email: u.email,
  name: u.name,
  created_at: u.createdAt.toISOString(),
});

export const workspaceView = (w: WorkspaceEntity): WorkspaceView => ({
  id: w.id,
  name: w.name,
  created_at: w.createdAt.toISOString(),
});

/** The one place a session answer is built, whichever way the session began. */
export function sessionView(user: UserEntity, workspace: WorkspaceEntity, role: Role, pair: TokenPair): SessionView {
  return { user: userView(user), workspace: workspaceView(workspace), role, ...pair };
}
