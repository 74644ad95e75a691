import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SessionView } from '../identity/identity.views';
import { CurrentPrincipal, RequireRole, UsersOnly, type Principal } from '../identity/principal';
import { AcceptInvitationDto } from './invitations.dto';
import { AcceptInvitationUseCase } from './usecases/accept-invitation.usecase';

/** The invited person's side: any signed-in account, whatever its active workspace. */
@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('api/invitations')
export class AcceptInvitationController {
  constructor(private readonly acceptInvitation: AcceptInvitationUseCase) {}

  @Post('accept')
  @HttpCode(200)
  @UsersOnly()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Accept an invitation sent to your email; answers a token pair for the joined workspace' })
  @ApiOkResponse({ type: SessionView })
  accept(@CurrentPrincipal() principal: Principal, @Body() dto: AcceptInvitationDto) {
    return this.acceptInvitation.execute({ principal, token: dto.token });
  }
}
