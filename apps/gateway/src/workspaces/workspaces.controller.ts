import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SessionView, WorkspaceView } from '../auth/dto/auth.dto';
import { SwitchWorkspaceUseCase } from '../auth/usecases/session.usecases';
import { ApiError } from '../http/api-error';
import { ListQueryDto, pageOf } from '../http/list-query';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { ManageMembersUseCase } from './manage-members.usecase';
import { ManageWorkspacesUseCase } from './manage-workspaces.usecase';
import { AddMemberDto, ChangeRoleDto, CreateWorkspaceDto, MemberView } from './workspaces.dto';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound(what) });

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/workspaces')
export class WorkspacesController {
  constructor(
    private readonly workspaces: ManageWorkspacesUseCase,
    private readonly switchWorkspace: SwitchWorkspaceUseCase,
    private readonly members: ManageMembersUseCase,
  ) {}

  @Get()
  @UsersOnly()
  @ApiOperation({ summary: 'The workspaces you belong to, with your role in each' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListQueryDto) {
    return this.workspaces.listMine(principal, pageOf(query));
  }

  @Post()
  @UsersOnly()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Create a workspace; you are its owner (switch to it to work in it)' })
  @ApiCreatedResponse({ type: WorkspaceView })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWorkspaceDto) {
    return this.workspaces.create(principal, dto.name);
  }

  @Post(':workspace_id/switch')
  @HttpCode(200)
  @UsersOnly()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Make another of your workspaces the active one: answers a new token pair for it' })
  @ApiOkResponse({ type: SessionView })
  switch(@CurrentPrincipal() principal: Principal, @Param('workspace_id', uuid('workspace')) workspaceId: string) {
    return this.switchWorkspace.execute(principal, workspaceId);
  }

  @Get('current/members')
  @ApiOperation({ summary: 'Members of the active workspace' })
  listMembers(@CurrentPrincipal() principal: Principal, @Query() query: ListQueryDto) {
    return this.members.list(principal, pageOf(query));
  }

  @Post('current/members')
  @RequireRole('admin')
  @UsersOnly()
  @ApiOperation({ summary: 'Add an existing account to the active workspace with a role (admin; owner role: owner)' })
  @ApiCreatedResponse({ type: MemberView })
  addMember(@CurrentPrincipal() principal: Principal, @Body() dto: AddMemberDto) {
    return this.members.add(principal, dto.email, dto.role);
  }

  @Patch('current/members/:user_id')
  @RequireRole('admin')
  @UsersOnly()
  @ApiOperation({ summary: 'Change a member\'s role (admin; owner role: owner; never the last owner)' })
  @ApiOkResponse({ type: MemberView })
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuid('member')) userId: string,
    @Body() dto: ChangeRoleDto,
  ) {
    return this.members.changeRole(principal, userId, dto.role);
  }

  @Delete('current/members/:user_id')
  @HttpCode(204)
  @RequireRole('admin')
  @UsersOnly()
  @ApiOperation({ summary: 'Remove a member; their sessions in this workspace end at once' })
  @ApiNoContentResponse()
  async removeMember(@CurrentPrincipal() principal: Principal, @Param('user_id', uuid('member')) userId: string) {
    await this.members.remove(principal, userId);
  }
}
