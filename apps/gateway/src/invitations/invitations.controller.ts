import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
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
import { CreatedInvitationView, InvitationPage, InviteMemberDto } from './invitations.dto';
import { InvitationsService } from './invitations.service';
import { InviteMemberUseCase } from './usecases/invite-member.usecase';

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/workspaces/current/invitations')
@RequireRole('admin')
@UsersOnly()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly inviteMember: InviteMemberUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Invite someone (with or without an account) to the active workspace with a role' })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  invite(@CurrentPrincipal() principal: Principal, @Body() dto: InviteMemberDto) {
    return this.inviteMember.execute({ principal, email: dto.email, role: dto.role });
  }

  @Get()
  @ApiOperation({ summary: 'Pending invitations of the active workspace' })
  @ApiOkResponse({ type: InvitationPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery) {
    return this.invitations.listPending(principal, offsetPageOf(query));
  }

  @Delete(':invitation_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a pending invitation' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @IdParam('invitation_id', 'invitation') id: string,
  ): Promise<void> {
    await this.invitations.revoke(principal, id);
  }
}
