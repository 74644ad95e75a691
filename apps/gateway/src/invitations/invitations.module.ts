import { Module } from '@nestjs/common';
import { AcceptInvitationController } from './accept-invitation.controller';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { AcceptInvitationUseCase } from './usecases/accept-invitation.usecase';
import { InviteMemberUseCase } from './usecases/invite-member.usecase';

/** Joining a workspace: invitations the invited person accepts. */
@Module({
  controllers: [InvitationsController, AcceptInvitationController],
  providers: [InvitationsService, InviteMemberUseCase, AcceptInvitationUseCase],
  exports: [InviteMemberUseCase],
})
export class InvitationsModule {}
