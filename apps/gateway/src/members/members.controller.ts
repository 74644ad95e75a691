import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '@mab/contracts';
import { IdParam } from '../http/id-param';
import { offsetPageOf } from '../http/list-query';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { CreatedInvitationView, InviteMemberDto } from '../invitations/invitations.dto';
import { InviteMemberUseCase } from '../invitations/usecases/invite-member.usecase';
import { ChangeRoleDto, MemberPage, MemberView } from './members.dto';
import { MembersService } from './members.service';
import { ChangeMemberRoleUseCase } from './usecases/change-member-role.usecase';
import { RemoveMemberUseCase } from './usecases/remove-member.usecase';

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/workspaces/current/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly inviteMember: InviteMemberUseCase,
    private readonly changeMemberRole: ChangeMemberRoleUseCase,
    private readonly removeMember: RemoveMemberUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Members of the active workspace' })
  @ApiOkResponse({ type: MemberPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.members.list(principal, offsetPageOf(query));
  }

  @Post()
  @RequireRole('admin')
  @UsersOnly()
  @ApiOperation({
    summary: 'Add someone: sends an invitation they accept (same as POST /api/workspaces/current/invitations)',
    description:
      'Nobody joins a workspace without accepting. The answer is the same whether or not the address has an account.',
    deprecated: true,
  })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  add(@CurrentPrincipal() principal: Principal, @Body() dto: InviteMemberDto) {
    return this.inviteMember.execute({ principal, email: dto.email, role: dto.role });
  }

  @Patch(':user_id')
  @RequireRole('admin')
  @UsersOnly()
  @ApiOperation({ summary: "Change a member's role (admin; owner role: owner; never the last owner)" })
  @ApiOkResponse({ type: MemberView })
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @IdParam('user_id', 'member') userId: string,
    @Body() dto: ChangeRoleDto,
  ) {
    return this.changeMemberRole.execute({ principal, userId, role: dto.role });
  }

  @Delete(':user_id')
  @HttpCode(204)
  @RequireRole('admin')
  @UsersOnly()
  @ApiOperation({ summary: 'Remove a member; their sessions in this workspace end at once' })
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: Principal, @IdParam('user_id', 'member') userId: string): Promise<void> {
    await this.removeMember.execute({ principal, userId });
  }
}
