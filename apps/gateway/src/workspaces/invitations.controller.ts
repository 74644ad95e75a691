import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { SessionView } from '../auth/dto/auth.dto';
import { ApiError } from '../http/api-error';
import { ListQueryDto, pageOf } from '../http/list-query';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { ManageInvitationsUseCase } from './manage-invitations.usecase';
import { AddMemberDto } from './workspaces.dto';

export class AcceptInvitationDto {
  @ApiProperty({ example: 'inv_Q2x…' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class InvitationView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['viewer', 'member', 'admin', 'owner'] }) role: string;
  @ApiProperty() invited_by: string;
  @ApiProperty() expires_at: string;
  @ApiProperty() created_at: string;
}

export class CreatedInvitationView extends InvitationView {
  @ApiProperty({ description: 'Shown once: share it (as a link) with the invited person' }) token: string;
}

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/workspaces/current/invitations')
@RequireRole('admin')
@UsersOnly()
export class InvitationsController {
  constructor(private readonly invitations: ManageInvitationsUseCase) {}

  @Post()
  @ApiOperation({ summary: 'Invite someone (with or without an account) to the active workspace with a role' })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  invite(@CurrentPrincipal() principal: Principal, @Body() dto: AddMemberDto) {
    return this.invitations.invite(principal, dto.email, dto.role);
  }

  @Get()
  @ApiOperation({ summary: 'Pending invitations of the active workspace' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListQueryDto) {
    return this.invitations.listPending(principal, pageOf(query));
  }

  @Delete(':invitation_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a pending invitation' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('invitation_id', new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound('invitation') })) id: string,
  ): Promise<void> {
    await this.invitations.revoke(principal, id);
  }
}

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/invitations')
export class AcceptInvitationController {
  constructor(private readonly invitations: ManageInvitationsUseCase) {}

  @Post('accept')
  @HttpCode(200)
  @UsersOnly()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Accept an invitation sent to your email; answers a token pair for the joined workspace' })
  @ApiOkResponse({ type: SessionView })
  accept(@CurrentPrincipal() principal: Principal, @Body() dto: AcceptInvitationDto) {
    return this.invitations.accept(principal, dto.token);
  }
}
