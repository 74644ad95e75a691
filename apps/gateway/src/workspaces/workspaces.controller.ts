import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@mab/contracts';
import { IdParam } from '../http/id-param';
import { offsetPageOf } from '../http/list-query';
import { SessionView, WorkspaceView } from '../identity/identity.views';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { SwitchWorkspaceUseCase } from './usecases/switch-workspace.usecase';
import { CreateWorkspaceDto, WorkspaceMembershipPage } from './workspaces.dto';
import { WorkspacesService } from './workspaces.service';

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/workspaces')
@UsersOnly()
export class WorkspacesController {
  constructor(
    private readonly workspaces: WorkspacesService,
    private readonly switchWorkspace: SwitchWorkspaceUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The workspaces you belong to, with your role in each' })
  @ApiOkResponse({ type: WorkspaceMembershipPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.workspaces.listMine(principal, offsetPageOf(query));
  }

  @Post()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Create a workspace; you are its owner (switch to it to work in it)' })
  @ApiCreatedResponse({ type: WorkspaceView })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWorkspaceDto) {
    return this.workspaces.create(principal, dto.name);
  }

  @Post(':workspace_id/switch')
  @HttpCode(200)
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Make another of your workspaces the active one: answers a new token pair for it' })
  @ApiOkResponse({ type: SessionView })
  switch(@CurrentPrincipal() principal: Principal, @IdParam('workspace_id', 'workspace') workspaceId: string) {
    return this.switchWorkspace.execute({ principal, workspaceId });
  }
}
