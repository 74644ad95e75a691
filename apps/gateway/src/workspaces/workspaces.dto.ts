import { ApiProperty } from '@nestjs/swagger';
import { PageOf, ROLES, Text, type Role } from '@mab/contracts';
import { WorkspaceView } from '../identity/identity.views';

export class CreateWorkspaceDto {
  @Text({ min: 1, max: 200, trim: true, example: 'Agency client: Bistro Lumière' })
  name: string;
}

export class WorkspaceMembershipView {
  @ApiProperty({ type: WorkspaceView }) workspace: WorkspaceView;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export const WorkspaceMembershipPage = PageOf(WorkspaceMembershipView);
